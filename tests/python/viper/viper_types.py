# viper argument types, return conversions and casts


@micropython.viper
def ret_int(x: int) -> int:
    return x


@micropython.viper
def ret_uint(x: uint) -> uint:
    return x


@micropython.viper
def ret_bool(x: bool) -> bool:
    return x


@micropython.viper
def ret_none_int() -> int:
    return None


@micropython.viper
def ret_default_bool() -> bool:
    pass


print(ret_int(5), ret_int(True), ret_int(2**64 + 3), ret_int(2**63))
print(ret_uint(-1), ret_uint(5), ret_uint(-(2**63)))
print(ret_bool([]), ret_bool([0]), ret_bool(0), ret_bool("x"))
print(ret_none_int(), ret_default_bool())

for bad in (1.5, "12", None, []):
    try:
        ret_int(bad)
    except TypeError as e:
        print("TypeError:", e)


@micropython.viper
def casts(x: int, o):
    u = uint(x)
    i = int(u)
    b = bool(x)
    return u, i, b, int(o), uint(o), bool(o)


print(casts(-1, 3))
print(casts(0, -2))
print(casts(7, False))


@micropython.viper
def consts():
    return uint(-1) == uint(0xFFFFFFFFFFFFFFFF), int(uint(-1)), 1 << 40


print(consts())


@micropython.viper
def max_uint() -> uint:
    return uint(-1)


import sys

print(max_uint() == (sys.maxsize << 1 | 1))


# without annotations values are objects: ordinary Python semantics
@micropython.viper
def objects(x, y):
    return x * y, x == y


print(objects(3, 4), objects(2.5, 2), objects([1], 2), objects("ab", 2))


# typed locals box to Python values wherever objects are expected
@micropython.viper
def boxing(x: int, y: uint, z: bool):
    lst = [x, y, z, x + 1]
    s = "%d-%d" % (x, y)
    return lst, s, (x, z)


print(boxing(-3, -1, 1))


# calls into Python code from viper code
def helper(a, b=10):
    return a * b


@micropython.viper
def calls(n: int) -> int:
    total = 0
    for i in range(n):
        total += int(helper(i)) + int(helper(i, b=1))
    return total


print(calls(5))


@micropython.viper
def conditions(x: int, o) -> int:
    r = 0
    if x:
        r += 1
    if not x:
        r += 2
    if o:
        r += 4
    if x > 2 and o:
        r += 8
    return r


print(conditions(0, []), conditions(5, [1]), conditions(1, 0))
