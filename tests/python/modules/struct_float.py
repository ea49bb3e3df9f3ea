# struct: float codes e (half), f (single), d (double)
import struct

for v in (0.0, -0.0, 1.0, -2.5, 0.1, 1e10, 65504.0, 1e-5, 3.14159):
    print(v, struct.pack("<e", v), struct.pack("<f", v), struct.pack(">d", v))
print(struct.unpack("<d", struct.pack("<d", 0.1)), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("<e", struct.pack("<e", 0.1)), struct.unpack("<e", struct.pack("<e", 1.5)))
for h in (b"\x00\x3c", b"\x00\xc0", b"\xff\x7b", b"\x00\x7c", b"\x00\xfc", b"\x01\x00", b"\x00\x04", b"\xff\x03"):
    print(h, struct.unpack("<e", h))
print(struct.unpack(">e", b"\x3c\x00"))
v = struct.unpack("<e", b"\x01\x7e")[0]
print(v != v)
# overflow to inf, rounding, integers and bools
print(struct.pack("<e", 65520.0), struct.pack("<e", 1e6), struct.pack("<e", -1e6), struct.pack("<f", 1e40))
print(struct.pack("<e", 2049.0), struct.pack("<e", 2051.0), struct.pack("<e", 1e-8))
print(struct.pack("<e", float("inf")), struct.pack("<f", float("-inf")), struct.pack("<d", float("inf")))
print(struct.pack("<f", 2), struct.pack("<d", True), struct.pack("<d", 10**20))
print(struct.unpack("<f", struct.pack("<f", 16777217.0)), struct.unpack("<d", struct.pack("<d", 2.0**60)))
print(struct.unpack("<fd", struct.pack("<fd", 1.5, -2.25)), struct.calcsize("<efd"))


class F:
    def __float__(self):
        return 0.5


print(struct.pack("<d", F()))
for bad in ("1", None, 1j):
    try:
        struct.pack("<f", bad)
    except TypeError as e:
        print("TypeError", e)
