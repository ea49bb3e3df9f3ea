# constructors used as conversion functions
print(int("7") + 1, float("2.5") * 2, str(3) + "4", bool("x"), list((1,)), tuple([2]), set([3]), dict(a=1))
print(int(float("1e3")), str(int("-0")), float(int("10")), int(str(2**70)) == 2**70)
print([f(x) for f in (int, float, str, bool) for x in (1, 0)])
print(int is type(0), float.__name__, str.__name__, bytes.__name__, bytearray.__name__)
