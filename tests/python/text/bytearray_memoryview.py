# bytearray mutation and memoryview sharing
x = bytearray(b"0123456789")
x[0] = 65
x[1:3] = b"xyz"
print(x)
x[1:4] = b""
x[0:1] = bytearray(b"QQ")
print(x)
del x[0]
del x[2:4]
print(x, len(x))
x += b"ab"
x.append(122)
x.extend(b"!?")
x.extend([1, 2])
print(x)
try:
    x.append(None)
except TypeError:
    print("TypeError")
print(x)
y = bytearray(b"ab")
y[2:] = y
print(y)
b = bytearray(b"12345678")
for i in range(100):
    b[-1:] = b"ab"
print(len(b), b[-3:])
m = memoryview(bytearray(b"hello"))
m[0] = 72
s = m[1:4]
s[0] = 69
print(bytes(m), bytes(s), len(s), s[1], list(s), m.itemsize, m.hex())
s[1:3] = b"LL"
print(bytes(m), m == b"HELLo", b"HELLo" == m)
try:
    s[0:1] = b"12"
except ValueError:
    print("ValueError")
r = memoryview(b"12")
try:
    r[0] = 1
except TypeError:
    print("TypeError")
try:
    memoryview(1)
except TypeError:
    print("TypeError")
z = bytearray(range(10))
mv = memoryview(z)
mv[1:] = mv[:-1]
print(z)
