# array: the buffer protocol shares the array's memory
from array import array
import struct

a = array("h", [1, -2, 0x0102])
print(bytes(a), bytearray(a), len(bytes(a)))
print(bytes(array("f", [1.0])), bytes(array("d", [-2.0])), bytes(array("q", [-1])))
print(b"ab" + array("b", [1, 2]), b"\x00" + array("h", [0x1515]))
print(bytes(array("B", b"xyz")).decode(), b"xy" in bytes(array("b", [0x78, 0x79])))

m = memoryview(a)
print(len(m), m[0], m[1], m[2], list(m), m.itemsize)
m[0] = 100
print(a)
a[1] = 200
print(m[1])
print(list(m[1:]), bytes(m[1:2]))
m[1:3] = array("h", [7, 8])
print(a)
mb = memoryview(array("B", [1, 2, 3]))
print(mb[0], bytes(mb))
for tc in "bBhHiIlLqQfd":
    x = array(tc, [1, 2])
    v = memoryview(x)
    print(tc, v.itemsize, len(v), v[1], len(bytes(x)))

# struct and arrays share bytes
z = array("i", [0, 0])
struct.pack_into("<ii", z, 0, 11, -12)
print(z, struct.unpack("<ii", z))
print(struct.unpack("<4h", array("h", [1, 2, 3, 4])))
print(array("h", struct.pack("<hh", 300, -300)))
print(array("I", bytes(array("I", [1, 2, 3]))))
