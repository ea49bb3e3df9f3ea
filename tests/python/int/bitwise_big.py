# bitwise operators on big ints, mixed with small and negative
a = 2**100 + 2**50 + 1
b = 2**80 - 1
print(a & b, a | b, a ^ b)
print(a & -1, a | -1, a ^ -1)
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(~a, ~-a)
print(a & 0xFF, a & 2**50, (a >> 50) & 1)
print((2**64 - 1) ^ (2**64 - 1), (2**64) | 1)
print(-(2**70) & (2**70), -(2**70) & (2**71 - 1))
print(0xDEADBEEFCAFEBABE12345678 & 0xFFFFFFFF)
