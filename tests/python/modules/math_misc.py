# math: frexp, ldexp, modf, copysign, isclose, predicates, constants, arguments
import math

inf = float("inf")
nan = float("nan")

print(math.e, math.pi, math.tau, math.inf, math.nan)
print(math.tau == 2 * math.pi, type(math.e))

for x in (0, 1, -1, 0.5, 3.0, -10.75, 1e-300, 1e300, 2**60, True):
    print("frexp", x, math.frexp(x))
print(math.frexp(inf), math.frexp(-inf), math.frexp(-0.0))
for x, e in ((1, 0), (0.5, 1), (3, -2), (-3, -4), (1, 1023), (1, 1024), (1, -1022),
             (1, 2000), (-1, 2000), (1, -2000), (0.0, 5), (1.5, 52)):
    print("ldexp", x, e, math.ldexp(x, e))
print(math.ldexp(inf, -10), math.ldexp(-inf, 10))
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456)

for x in (0, 1.5, -1.5, 2.0, -2.0, 0.25, -0.0, 1e20, inf, -inf):
    print("modf", x, math.modf(x))
fp, ip = math.modf(nan)
print(fp != fp, ip != ip)

print(math.copysign(1, -0.0), math.copysign(-2, 0.0), math.copysign(3, -5), math.copysign(inf, -1))
print(math.copysign(0.0, -1), math.copysign(True, -1))

for v in (0, 1, -1, 1.5, inf, -inf, nan, True, 10**30):
    print(v, math.isfinite(v), math.isinf(v), math.isnan(v))

print(math.isclose(1, 1), math.isclose(1, 1 + 1e-10), math.isclose(1, 1 + 1e-8))
print(math.isclose(100, 110, rel_tol=0.1), math.isclose(100, 111, rel_tol=0.1))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(1, inf))
for kw in ({"rel_tol": -1}, {"abs_tol": -0.5}):
    try:
        math.isclose(1, 2, **kw)
    except ValueError as e:
        print("ValueError", e)


# arguments: objects with __float__, int subclasses, big ints, bools
class F:
    def __float__(self):
        return 6.25


print(math.sqrt(F()), math.floor(F()), math.sqrt(True), math.sqrt(False))
print(math.sqrt(10**30), math.log10(10**50), math.sqrt(10**400))
for bad in ("1", None, [1], 1j):
    try:
        math.sqrt(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ((1, 2.5), (1, "a"), (1, 2**80)):
    try:
        math.ldexp(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
