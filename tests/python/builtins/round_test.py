# round() with ints and floats, ndigits, negative ndigits, half to even
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(7), round(-7), round(True))
print(round(3.14159, 3), round(2.5, 0), round(-2.5, 0), round(123.456, -2), round(0.0, 2), round(1e300, 2))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1235, -1), round(5, -1), round(50, -2), round(150, -2))
print(round(12345, -10), round(2**70, -1), round(-(2**70) - 6, -1))
print(type(round(2.7)).__name__, type(round(2.7, 0)).__name__, type(round(5, 1)).__name__, type(round(5)).__name__)
try:
    round("1")
except TypeError:
    print("TypeError")
