# math: domain errors (ValueError) and the other error rules of MicroPython
import math

inf = float("inf")
nan = float("nan")


def show(label, f, *args):
    try:
        r = f(*args)
        print(label, "%.6g" % r if type(r) is float else r)
    except Exception as e:
        print(label, type(e).__name__, e)


for x in (-1, -0.5, 0, 0.0, inf, -inf, nan):
    show("sqrt(%r)" % x, math.sqrt, x)
    show("log(%r)" % x, math.log, x)
    show("log2(%r)" % x, math.log2, x)
    show("log10(%r)" % x, math.log10, x)
    show("acos(%r)" % x, math.acos, x)
    show("cos(%r)" % x, math.cos, x)
    show("exp(%r)" % x, math.exp, x)

show("acos(2)", math.acos, 2)
show("asin(-1.5)", math.asin, -1.5)
show("acosh(0.5)", math.acosh, 0.5)
show("atanh(1)", math.atanh, 1)
show("atanh(-1)", math.atanh, -1)
show("exp(1000)", math.exp, 1000)
show("cosh(1000)", math.cosh, 1000)
show("sinh(-1000)", math.sinh, -1000)
show("expm1(1000)", math.expm1, 1000)
show("tan(inf)", math.tan, inf)
show("sin(-inf)", math.sin, -inf)
show("tanh(inf)", math.tanh, inf)
show("atan(-inf)", math.atan, -inf)

# two-argument functions
show("pow(0, -1)", math.pow, 0, -1)
show("pow(-2, 0.5)", math.pow, -2, 0.5)
show("pow(10, 400)", math.pow, 10, 400)
show("pow(inf, 2)", math.pow, inf, 2)
show("pow(2, -inf)", math.pow, 2, -inf)
show("fmod(1, 0)", math.fmod, 1, 0)
show("fmod(inf, 1)", math.fmod, inf, 1)
show("fmod(1, inf)", math.fmod, 1, inf)
show("fmod(-7, 3)", math.fmod, -7, 3)
show("fmod(7, -3)", math.fmod, 7, -3)
show("atan2(inf, inf)", math.atan2, inf, inf)
show("atan2(nan, 1)", math.atan2, nan, 1)
show("log(0, 2)", math.log, 0, 2)
show("log(2, 0)", math.log, 2, 0)
show("log(2, -2)", math.log, 2, -2)
show("log(2, 1)", math.log, 2, 1)
show("log(1, 1)", math.log, 1, 1)
show("copysign(1, nan)", math.copysign, 1, nan)
