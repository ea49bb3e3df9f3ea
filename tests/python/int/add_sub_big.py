# addition and subtraction crossing the small/big int boundary
a = 2**53
print(a + 1, a - 1, a + a)
print(-a - 1, -a + 1)
b = 2**64 - 1
print(b + 1, b - b, b - (b + 1))
print(9007199254740991 + 9007199254740991)
print(-9007199254740991 - 9007199254740991)
print(10**30 + 1, 10**30 - 1)
print((10**30 + 5) - 10**30, type((10**30 + 5) - 10**30).__name__)
print(1 - 10**20, -(10**20) + 10**20)
x = 0
for i in range(100):
    x += 2**i
print(x, x == 2**100 - 1)
print(sum([2**62] * 8))
