# struct: native ('@', the default) sizes and alignment of a 64-bit port
import struct

for fmt in ("b", "h", "i", "l", "q", "P", "f", "d", "e", "s", "x", "bh", "hb", "bi", "ib", "bq", "bd",
            "bbbi", "3s", "3si", "hhhhq", "@bh", "<bh", ">bh", "!bh", "2b3h", "10s", "0q", "b0q"):
    print(fmt, struct.calcsize(fmt))
print(struct.pack("bi", 1, 2), struct.pack("@bq", 1, 2))
print(struct.pack("bhb", 1, 2, 3), struct.pack("<bhb", 1, 2, 3))
print(struct.unpack("bi", b"\x01\xff\xff\xff\x02\x00\x00\x00"))
print(struct.unpack("lL", struct.pack("lL", -7, 2**64 - 1)))
print(struct.unpack("<lL", struct.pack("<lL", -7, 2**32 - 1)))
print(struct.pack("3sh", b"ab", 1), struct.unpack("3sh", b"ab\x00\x00\x01\x00"))
# alignment is relative to the start of the packed data, also with an offset
b = bytearray(12)
struct.pack_into("bi", b, 1, 5, 6)
print(b)
print(struct.unpack_from("bi", b, 1))
