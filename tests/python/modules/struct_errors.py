# struct: errors
import struct


def t(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ("z", "?", "c", "n", "p", " i", "i ", "=i", "10", "<10", "<y", "b$"):
    t(struct.calcsize, fmt)
print(struct.calcsize("=4s2x"), struct.calcsize(b"<i"))
t(struct.calcsize, 1)
t(struct.calcsize, None)
t(struct.pack, "z", 1)
t(struct.pack, "<i", 1.5)
t(struct.pack, "<i", "1")
t(struct.pack, "<i", None)
t(struct.pack, "<i", [1])
t(struct.pack, "<3s", 1)
t(struct.pack, "<3s", None)
t(struct.pack)
t(struct.unpack, "<i")
t(struct.unpack, "<i", None)
t(struct.unpack, "<i", 5)
t(struct.unpack, "<i", b"abcd", "x")
t(struct.unpack, "z", b"abcd")
t(struct.unpack_from, "<i", b"abcd", 1.0)
t(struct.unpack_from, "<i", b"abcd", 2**70)
t(struct.pack_into, "<i", bytearray(4))
t(struct.pack_into, "<i", b"abcd", 0, 1)
t(struct.pack_into, "<i", "abcd", 0, 1)
t(struct.pack_into, "<i", bytearray(4), 1, 1)
t(struct.pack_into, "<i", bytearray(4), -5, 1)
t(struct.pack_into, "<i", bytearray(4), "0", 1)
t(struct.pack_into, "z", bytearray(4), 0, 1)
t(lambda: struct.pack("<b", 1, x=1))
t(lambda: struct.unpack("<b", b"1", offset=0))
t(lambda: struct.calcsize(fmt="b"))
print(sorted(n for n in dir(struct) if not n.startswith("_")))
