# math: ceil/floor/trunc return ints (of any size); factorial
import math

for f in (math.ceil, math.floor, math.trunc):
    print([f(x) for x in (-2.5, -1.6, -0.2, -0.0, 0, 0.6, 1.4, 2.5, 7, True)])
    print(f(1e25), f(-1e25), f(2.0**70), f(1.5e300) == int(1.5e300))
    for x in (float("inf"), float("-inf"), float("nan")):
        try:
            f(x)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    print(type(f(1.5)), type(f(1e30)))

# large ints are converted to float first
print(math.floor(10**20), math.trunc(-(10**17) - 1))

for n in (0, 1, 2, 5, 10, 20, 21, 25, 30, 50):
    print(n, math.factorial(n))
print(len(str(math.factorial(200))), math.factorial(100) % 1000003)
print(math.factorial(True))
for bad in (-1, -100, 2.0, "3", None):
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.factorial(2**70)
except OverflowError as e:
    print("OverflowError", e)
