# augmented assignment with ints
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 100; print(x)
x >>= 90; print(x)
x <<= 3; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
x /= 4; print(x)
l = [1, 2]
l[0] += 2**70
print(l)
