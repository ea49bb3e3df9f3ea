# struct: pack with explicit byte order, all integer codes
import struct

print(struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 2**32 - 1, -4, 2**32 - 1, -5, 2**64 - 1))
print(struct.pack("!hI", 258, 16909060), struct.pack(">hI", 258, 16909060))
print(struct.pack("<q", 2**63 - 1), struct.pack(">q", -(2**63)), struct.pack("<Q", 2**63))
print(struct.pack("<3b", 1, 2, 3), struct.pack("<2h2b", 1, 2, 3, 4))
print(struct.pack("<"), struct.pack(""), struct.pack("<0i"))
# values are truncated to the field size, as in MicroPython
print(struct.pack("<b", 300), struct.pack("<B", -1), struct.pack("<h", 2**40 + 5))
print(struct.pack("<H", -2), struct.pack("<I", 2**32 + 3), struct.pack("<q", 2**70 + 5), struct.pack("<Q", -1))
print(struct.pack("<i", True), struct.pack("<B", False))
# strings and padding
print(struct.pack("<3s", b"ab"), struct.pack("<3s", b"abcdef"), struct.pack("<s", b"xyz"))
print(struct.pack("<0s", b"abc"), struct.pack("<2s", "hé"), struct.pack("<4s", bytearray(b"ba")))
print(struct.pack("<b2xb", 1, 2), struct.pack("<bx", 1), struct.pack("<xb", 1))
print(struct.pack("<5sh", b"hi", -1), struct.pack(">h5s", 1, b"hello"))
# MicroPython: fewer arguments leave zeros, extra arguments are ignored
print(struct.pack("<2I", 1), struct.pack("<bb", 1, 2, 3), struct.pack("<ii"), struct.pack("<b3s", 1))
print(struct.pack("<P", 5), struct.calcsize("<P"))
print(type(struct.pack("b", 1)))
