# struct: pack_into/unpack_from with offsets into writable buffers
import struct
import array

b = bytearray(10)
struct.pack_into("<hh", b, 0, 1, 2)
print(b)
struct.pack_into("<hh", b, 4, -1, -2)
print(b)
struct.pack_into("<h", b, -2, 0x1234)
print(b)
struct.pack_into(">I", b, 2, 0xAABBCCDD)
print(b)
struct.pack_into("<3s", b, 0, b"xyz")
print(b)
struct.pack_into("<2b", b, 8, 7)
print(b, struct.pack_into("<b", b, 0, 1))
print(struct.unpack_from("<hh", b, 4), struct.unpack_from("<2s", b, -2))

# other writable buffers: memoryview slices and arrays
m = memoryview(b)
struct.pack_into("<h", m[4:6], 0, 99)
print(b)
a = array.array("i", [0, 0, 0])
struct.pack_into("<i", a, 4, -7)
struct.pack_into("<h", a, 8, 3)
print(a, struct.unpack_from("<iii", a))
print(struct.unpack("<3i", a), struct.unpack_from("<i", a, -4))
mv = memoryview(bytearray(8))
struct.pack_into(">Q", mv, 0, 2**64 - 2)
print(bytes(mv), struct.unpack(">Q", mv))

# the 'O' code of MicroPython packs a handle to any object
class A:
    pass


o = A()
s = struct.pack("<O", o)
print(len(s), struct.unpack("<O", s)[0] is o)
lst = [1, 2]
print(struct.unpack("<2O", struct.pack("<2O", lst, "x"))[0] is lst)
