# divmod() with ints and floats, signs
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (2**70, 3), (7.5, 2), (-7.5, 2), (7, 0.5), (1, 3.0)):
    print(a, b, divmod(a, b))
for bad in ((1, 0), (1.0, 0.0)):
    try:
        divmod(*bad)
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
