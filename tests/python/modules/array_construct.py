# array: construction from iterables, bytes-like objects and generators
from array import array

print(array("i"), array("b", []), array("B", [1, 2, 3]), array("h", (-1, 0, 1)))
print(array("I", range(5)), array("q", [2**62]), array("Q", [2**64 - 1]))
print(array("f", [1, 2.5, True]), array("d", [0.1, -0.0, 1e100]))
print(array("i", (x * x for x in range(6))))
print(array("b", {1: 0}), array("B", b"abc"))
# raw construction: bytes and bytearray are copied byte for byte, rounded down to whole items
print(array("h", b"\x01\x00\x02\x00"), array("h", b"\x01\x00\x02"), array("i", b"abc"))
print(array("H", bytearray(b"\xff\xff\x00\x01")), array("d", bytes(8)))
# other sources are iterated item by item
print(array("h", array("b", [1, -2, 3])), array("B", memoryview(b"\x01\x02")))
print(array("i", array("d", [1.0, 2.0])) if False else array("d", array("i", [1, 2])))
print(array("ii", [1]), array(b"h", [2]))
print(len(array("l", range(100))), array("L", [1, 2])[1])
a = array("i", [5])
print(array("i", a) is a, array("i", a) == a)
