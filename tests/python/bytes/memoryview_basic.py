# memoryview basics
b = bytearray(b"abcdef")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m), bytes(m[1:3]), type(m).__name__)
m[0] = 65
print(b)
m2 = m[2:5]
m2[0] = 0x43
print(b, bytes(m2), len(m2))
m[1:3] = b"XY"
print(b)
print(bytes(memoryview(b"xyz")), list(memoryview(b"\x01\x02")))
ro = memoryview(b"abc")
try:
    ro[0] = 1
except TypeError:
    print("TypeError")
try:
    m[10]
except IndexError:
    print("IndexError")
