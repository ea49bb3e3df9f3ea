# float powers and special cases
print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 0.0 ** 0, 0 ** 0.0, 1.0 ** float("inf"))
print(pow(2.0, 10), pow(2, -1.0), pow(1.5, 2))
print(float("inf") ** 0, 2 ** float("-inf"), 0.5 ** float("inf"))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__)
r = (-8) ** (1 / 3)
print(type(r).__name__)
