# indexing gives ints, slicing gives bytes
b = b"hello"
print(b[0], b[-1], b[1:3], b[:], b[3:], b[-2:], b[10:], type(b[0]).__name__, type(b[0:1]).__name__)
ba = bytearray(b"hello")
print(ba[0], ba[1:4], type(ba[1:4]).__name__)
print(list(b"abc"), [x for x in bytearray(b"\x01\x02")], 104 in b, b"ell" in b, b"" in b)
for i in (5, -6):
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__, e)
