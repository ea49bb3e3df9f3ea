# viper pointers: ptr8/ptr16/ptr32 loads and stores through a buffer's address


@micropython.viper
def load8(p: ptr8, i: int) -> int:
    return p[i]


@micropython.viper
def load16(p: ptr16, i: int) -> int:
    return p[i]


@micropython.viper
def load32(p: ptr32, i: int) -> int:
    return p[i]


data = b"\x01\x02\x80\xff\x10\x20\x30\x40"
print([load8(data, i) for i in range(8)])
print([hex(load16(data, i)) for i in range(4)])
print([hex(load32(data, i)) for i in range(2)])


@micropython.viper
def store(p8: ptr8, p16: ptr16, p32: ptr32, v: int):
    p8[0] = v
    p16[1] = v
    p32[1] = v


b = bytearray(8)
store(b, b, b, -1)
print(b)
store(b, b, b, 0x1234567890)
print(b)
store(b, b, b, 0x101)
print(b)


@micropython.viper
def fill(dest_in, val: int):
    dest = ptr16(dest_in)
    n = int(len(dest_in)) >> 1
    for i in range(n):
        dest[i] = val + i


b = bytearray(6)
fill(b, 0x4142)
print(b)


@micropython.viper
def bump(p: ptr8, i: int):
    p[i] += p[i + 1]
    p[0] = True


b = bytearray(b"\x05\x07\x09")
bump(b, 1)
print(b)


# a pointer is an address: an int that round-trips through Python code
@micropython.viper
def address(x: ptr) -> ptr:
    return x


@micropython.viper
def put(p: ptr8, c: int):
    p[0] = c


b = bytearray(b"....")
a = address(b)
print(type(a), a == address(b), address(a) == a)
put(a + 2, ord("x"))
put(address(memoryview(b)[1:]), ord("y"))
print(b)


@micropython.viper
def same(p: ptr8) -> bool:
    saved = p
    q = ptr8(p)
    return int(saved) == int(q)


print(same(b), same(a))


# reading a read-only bytes object; array buffers
@micropython.viper
def total(src: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s += src[i]
    return s


import array

print(total(b"\x01\x02\x03\x04", 4), total(array.array("H", [256, 1]), 4))
