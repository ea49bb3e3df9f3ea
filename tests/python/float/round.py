# round() for floats: ndigits, negative ndigits, half to even
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.4), round(2.6), round(-2.6), type(round(2.5)).__name__)
print(round(1.25, 1), round(1.35, 1), round(3.14159, 2), round(2.5, 1))
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(-155.0, -1))
print(round(1.5, 0), round(2.5, 0), type(round(2.5, 0)).__name__)
print(round(0.0), round(1e20), round(1234.5678, 3))
print(round(7, 2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-15, -1))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__)
