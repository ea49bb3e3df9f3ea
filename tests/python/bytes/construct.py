# bytes and bytearray construction
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"xy"), bytes(bytearray(b"z")))
print(bytes("abc", "utf-8"), bytes("\u00e9", "utf-8"), bytes((1, 255)))
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b"ab"), bytearray("hi", "utf-8"))
print(bytes(x for x in (104, 105)), bytearray(iter([0, 127, 128])))
print(b"a" b"b", b"\x00\xff\n\t\\", b"'", b'"', b"\x7f\x80")
for bad in ([256], [-1], ["a"], 1.5):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__)
