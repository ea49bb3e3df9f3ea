# bool behaves as int in arithmetic
print(True + True, True - False, True * 10, False * 10, True / 2, True // 2)
print(True ** 10, -True, True % 2, True & 3, True | 2, True ^ 3)
print(type(True + 0).__name__, type(True * 1.5).__name__)
print(sum([True, True, False, True]), [1, 2, 3][True], "abc"[False])
print(str(True), repr(False), int(True), float(True))
print(bool(0), bool(-1), bool(2**100), bool(0.0), bool(""), bool("0"), bool([]), bool(None))
