# chr() and ord(), including the whole code point range
print(chr(65), chr(97), chr(48), repr(chr(0)), repr(chr(127)), chr(0xe9), chr(0x20ac), chr(0x1f600))
print(ord("A"), ord("\n"), ord("\u00e9"), ord("\u20ac"), ord("\U0001f600"), ord("\U0010ffff"))
print(all(ord(chr(i)) == i for i in range(0, 0x800, 7)))
print(ord(chr(0x10ffff)), len(chr(0x10ffff)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    ord(5)
except TypeError:
    print("TypeError")
