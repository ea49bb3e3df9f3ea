# struct: unpack and unpack_from
import struct

fmt = "<bBhHiIlLqQ"
vals = (-1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1)
print(struct.unpack(fmt, struct.pack(fmt, *vals)) == vals)
print(struct.unpack(">" + fmt[1:], struct.pack(">" + fmt[1:], *vals)) == vals)
print(struct.unpack("<i", b"\x01\x02\x03\x04"), struct.unpack(">i", b"\x01\x02\x03\x04"))
print(struct.unpack("<I", b"\xff\xff\xff\xff"), struct.unpack("<i", b"\xff\xff\xff\xff"))
print(struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8), struct.unpack(">q", b"\x80" + b"\x00" * 7))
print(struct.unpack("<3s2x2s", b"abc..de"), struct.unpack("<0s", b""), struct.unpack("<s", b"z"))
print(struct.unpack("<4b", bytearray([1, 2, 254, 255])), struct.unpack("<h", memoryview(b"\x00\x80")))
print(struct.unpack("<2h", "ab\x01\x02"), struct.unpack(""), struct.unpack("", b"xyz"))
# MicroPython's unpack accepts a larger buffer
print(struct.unpack("<h", b"\x01\x02\x03\x04\x05"))
buf = bytes(range(10))
print(struct.unpack_from("<h", buf), struct.unpack_from("<h", buf, 1), struct.unpack_from("<h", buf, 8))
print(struct.unpack_from("<h", buf, -2), struct.unpack_from("<2b", buf, -10), struct.unpack_from(">I", buf, 3))
print(struct.unpack("<h", buf, 2))
for args in (("<i", b"\x01\x02\x03"), ("<h", b""), ("<4s", b"abc")):
    try:
        struct.unpack(*args)
    except ValueError as e:
        print("ValueError", e)
for off in (9, 10, 100, -1, -11):
    try:
        print(struct.unpack_from("<h", buf, off))
    except ValueError as e:
        print("ValueError", off, e)
t = struct.unpack("<bhi", struct.pack("<bhi", 1, 2, 3))
print(type(t), t)
