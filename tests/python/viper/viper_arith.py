# viper machine-word arithmetic: 64-bit wrap-around, uint, shifts, div/mod


@micropython.viper
def add(x: int, y: int) -> int:
    return x + y


@micropython.viper
def mul(x: int, y: int) -> int:
    return x * y


@micropython.viper
def shl(x: int, y: int) -> int:
    return x << y


@micropython.viper
def shr(x: int, y: int) -> int:
    return x >> y


@micropython.viper
def neg(x: int) -> int:
    return -x


@micropython.viper
def inv(x: int) -> int:
    return ~x


big = 0x7FFFFFFFFFFFFFFF
print(add(big, 1), add(-big - 1, -1), add(2**62, 2**62))
print(add(1, 2), add(-5, 3), add(2**52, 2**52))
print(mul(2**32, 2**32), mul(2**40 + 1, 2**40 + 1), mul(-3, 7), mul(0, -1))
print(mul(0x123456789, 0x987654321))
print(shl(1, 63), shl(1, 64), shl(3, 65), shl(-1, 70), shl(42, 10))
print(shr(-8, 1), shr(-8, 64), shr(big, 62), shr(1, -1))
print(neg(-big - 1), neg(5), inv(0), inv(big), inv(-big - 1))


@micropython.viper
def divmod_(x: int, y: int):
    return x // y, x % y


for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (2**62, 3), (-(2**62), 7)):
    print(a, b, divmod_(a, b))


@micropython.viper
def bits(x: int, y: int):
    return x & y, x | y, x ^ y


print(bits(-1, 0xFFFFFFFF), bits(-2, 3), bits(2**40 + 5, 2**41 + 3))
print(bits(0x7FFFFFFF, -(2**31)), bits(-(2**52), 2**52 - 1))


@micropython.viper
def uops(x: uint, y: uint):
    return x + y, x - y, x * y, x << y, x >> y, x & y, x | y, x ^ y


print(uops(1, 2))
print(uops(-1, 1))
print(uops(0, 3))


@micropython.viper
def ucmp(x: uint, y: uint):
    return x < y, x <= y, x == y, x != y, x > y, x >= y


print(ucmp(1, -1), ucmp(-1, 1), ucmp(-2, -2))


@micropython.viper
def icmp(x: int, y: int):
    return x < y, x <= y, x == y, x != y, x > y, x >= y


print(icmp(1, -1), icmp(-1, 1), icmp(2**62, 2**62))


@micropython.viper
def unary_u(x: uint):
    return -x, ~x, +x


print(unary_u(0), unary_u(5))


@micropython.viper
def hash32(n: int) -> uint:
    h = uint(2166136261)
    for i in range(n):
        h = (h ^ uint(i & 0xFF)) * uint(16777619)
    return h & uint(0xFFFFFFFF)


print(hash32(1000))


@micropython.viper
def loop(a: int, b: int) -> int:
    total = 0
    for x in range(a, b):
        total += x
    for x in range(b, a, -3):
        total -= x
    return total


print(loop(10, 1000), loop(5, 5))
