# float arithmetic whose results are fractional, integral, infinite or NaN:
# the result type, value and sign stay right (integral floats are boxed
# internally, fractional and infinite ones are not)
import math
inf = float("inf")
nan = float("nan")
vals = [1.5, -2.25, 3.0, -0.0, 0.0, inf, -inf, 1e300, 2.0**53, 0.1 + 0.2, 1/3]
for a in vals:
    for b in (1.5, 2, -1, 0.5, 3.0):
        for r in (a + b, a - b, a * b):
            print(repr(r), type(r).__name__, end=" ")
    print()
print(nan + 1, -nan, inf - inf, type(inf - inf).__name__, 2 ** 0.5, 4 ** 0.5, 10 / 4, 10 / 5, 7.0 // 2)
print(1.5 + 1.5 == 3, {1.5 + 1.5: "x"}[3], hash(2.5 + 0.5) == hash(3))
