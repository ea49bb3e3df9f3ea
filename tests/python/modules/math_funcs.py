# math: elementary functions over ints, floats and bools
import math

vals = [0, 1, -1, 0.5, -0.5, 2.25, 10, 1e-3, True]
for name in ("sqrt", "exp", "log", "log2", "log10", "cos", "sin", "tan", "atan",
             "cosh", "sinh", "tanh", "asinh", "fabs", "expm1", "radians", "degrees"):
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append("%.10g" % f(v))
        except ValueError as e:
            out.append("VE:" + str(e))
    print(name, " ".join(out))

for name in ("acos", "asin", "atanh"):
    f = getattr(math, name)
    print(name, ["%.10g" % f(v) for v in (-0.75, -0.5, 0, 0.25, 0.9)])
print("acosh", ["%.10g" % math.acosh(v) for v in (1, 1.5, 10, 1e10)])

# exact results
print(math.sqrt(16), math.sqrt(2.25), math.sqrt(0.0), math.sqrt(-0.0))
print(math.exp(0), math.log(1), math.log2(1024), math.log10(1000))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(4, 0.5))
print(math.pow(1, float("nan")), math.pow(float("nan"), 0), math.pow(-1, float("inf")))
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0.0, -1.0) == math.pi)
print(math.atan2(-0.0, 1.0), math.atan2(0.0, 1.0))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(True))
print(math.degrees(math.pi), math.radians(180) == math.pi)
print(math.log(8, 2), math.log(100, 10), "%.10g" % math.log(10, 3))
print(math.log(float("inf")), math.log(10**20, 10))
print(type(math.sqrt(4)), type(math.fabs(1)))
