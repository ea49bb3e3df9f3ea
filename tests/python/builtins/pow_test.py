# pow() with two and three arguments
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(0, 0), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 97), pow(10**20, 10**20, 10**9 + 7), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(5, 0, 1), pow(0, 5, 3), pow(7, 2, 2**70))
for f in (lambda: pow(2, 3, 0), lambda: pow(3, 2, 0)):
    try:
        print(f())
    except ValueError:
        print("ValueError")
try:
    pow(2.0, 3, 5)
except TypeError:
    print("TypeError")
