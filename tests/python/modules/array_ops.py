# array: indexing, slicing, slice assignment, append/extend, iteration, + and +=
from array import array

a = array("i", [10, 20, 30, 40, 50])
print(len(a), a[0], a[-1], a[2], a[True])
print(a[1:3], a[:2], a[3:], a[-2:], a[:], a[3:1], a[10:20], a[::1])
a[0] = -1
a[-1] = 99
print(a)
a[1:3] = array("i", [7, 8, 9])
print(a)
a[0:2] = array("i")
print(a)
a[len(a):] = array("i", [1, 2])
print(a)
a[:0] = array("I", [3])  # same item size: allowed
print(a)
a[2:4] = array("f", [1.0, 2.0])  # same item size: raw bytes copied
print(a[2] != 0, len(a))

b = array("B", [1, 2, 3])
b[0:1] = b"xyz"
print(b)
b[1:2] = bytearray(b"\x00\x00")
print(b)
b[:] = memoryview(b"\x05")
print(b)

c = array("h")
for i in range(20):
    c.append(i * i)
print(c, len(c))
c.extend([1, 2, 3])
c.extend(array("h", [4]))
c.extend(b"\x05\x00\x06\x00")
c.extend(x for x in (7, 8))
c.extend(c[:2])
print(c)
d = array("h", [1, 2])
d.extend(d)
print(d)
print(list(array("b", [3, 2, 1])), [x * 2 for x in array("H", [1, 2])], sum(array("d", [0.5, 0.25])))
print(tuple(array("q", [2**40, -(2**40)])), sorted(array("i", [3, 1, 2])))
e = array("i", [1, 2])
print(e + array("i", [3]), e + b"\x04\x00\x00\x00\x05", e, e + bytearray(4))
e += array("i", [3])
e += [4, 5]
e += b"\x06\x00\x00\x00"
print(e)
print(bool(array("i")), bool(array("i", [0])), len(array("f", [1.5] * 7)))
for x in array("f", [1.5, -2.25]):
    print(type(x), x)
print(str(array("b", [1])), repr(array("d")))
