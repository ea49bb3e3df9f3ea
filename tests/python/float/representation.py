# Floats whose value is fractional and floats whose value is integral must
# behave the same: a computed 2.0 is a float, a computed 2.5 is a float, and
# ints stay ints, across every operator and builtin that inspects numbers.

a = 1.5
b = 0.5
print(a + b, a - b, b * 4, 5 / 2.5, a // b, 2.5 % 1, 7.5 % 2.5)
print(type(a + b).__name__, type(b * 4).__name__, type(a - b).__name__)
print(-0.5 * 0, 0 * -0.5, 0.5 - 0.5, -(0.5 - 0.5))
print(0 * -1, -0, -(1 - 1), type(0 * -1).__name__)
print(1 + b, 1 - b, 3 * b, 3 / 2, 7 // 2, 7 % 2, 2**-1, 4**0.5, 2**0.5)
print(b + 1, b - 1, b * 3, b / 2, b // 0.25, b % 0.3)
print(9007199254740992 + 0.5, 2**60 + 0.5, 0.5 + 2**60, 2**60 * 0.5)
print(float("inf") + 1, -float("inf"), float("inf") - float("inf"))

# comparisons between ints, fractional and integral floats
print(b < 1, 1 > b, b == 0.5, 0.5 == b, 2.0 == 2, 2 == a + b, b != 0.5)
print(sorted([3, 1.5, 2, 0.25, 4.0, -1]), max(1, 2.5), min(2.5, 3))

# truth, identity and type
print(bool(b), bool(b - b), isinstance(b, float), isinstance(b, int))
print(type(b) is float, type(2.5).__name__, float is type(a))
n = float("nan")
print(n == n, n is n, n != n)

# containers: computed and literal floats find each other
d = {2.5: "x", 2.0: "y"}
print(d[1.25 * 2], d[2], d[4 / 2], 0.5 in {b}, hash(2.5) == hash(5 / 2))
print({0.1 + 0.2: 1}.get(0.30000000000000004), sorted({1.0, 1, 0.5, 1 / 2}))

# conversions
print(int(2.5), int(-2.5), round(2.5), round(3.5), round(0.125, 2), abs(-2.5))
print(float(2.5), float(2), str(2.5), repr(-2.5), 1e-7, 1 / 3, 1e22 / 3)
print(divmod(7.5, 2), divmod(-7.5, 2), pow(2, 0.5))
print("%s %r %.2f %d %5.1f" % (b, b, b, 2.5, 2.5), "{} {:.3f} {:g}".format(b, b, b), f"{b}")

# a fractional float is not an index or a count
for expr in (
    "[1, 2, 3][0.5]",
    "(1, 2)[1.5]",
    "'abc'[0.5]",
    "b'abc'[0.5]",
    "range(2.5)",
    "[0] * 1.5",
    "'ab' * 1.5",
    "1 << 0.5",
    "1 & 0.5",
    "0.5 | 1",
    "~0.5",
    "bytearray(2)[0.5]",
    "[1, 2][0.5:1]",
    "chr(65.5)",
):
    try:
        print(expr, eval(expr))
    except TypeError:
        print(expr, "TypeError")

ba = bytearray(2)
try:
    ba[0] = 2.5
except TypeError:
    print("bytearray item TypeError")
print(ba)

# loops accumulating fractional values
x = 0.0
for i in range(10):
    x += 0.25
print(x, type(x).__name__)
y = 10
y -= 0.5
y *= 2
print(y, type(y).__name__)
