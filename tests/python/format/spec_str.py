# str presentation in format specs: precision truncates
print("{:.3}".format("abcdef"), "{:.0}".format("abc"), "{:s}".format("x"), "[{:5.2}]".format("abcd"))
print("[{:>10.4s}]".format("truncate"), "{:.10}".format("short"))
try:
    "{:d}".format("x")
except ValueError as e:
    print(type(e).__name__)
try:
    "{:s}".format(5)
except ValueError as e:
    print(type(e).__name__)
