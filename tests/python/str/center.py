# str.center with various widths (MicroPython: no fill argument)
for w in (0, 1, 2, 3, 4, 5, 6, 7, 10):
    print(repr("abc".center(w)), repr("ab".center(w)), repr("".center(w)))
print("[" + "x".center(4) + "]", "[" + "hello".center(8) + "]")
try:
    "a".center("5")
except TypeError:
    print("TypeError")
