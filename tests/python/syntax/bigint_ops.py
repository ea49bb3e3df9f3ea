# arbitrary-precision integer arithmetic
a = 2 ** 100
b = 3 ** 50
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, -a // b, -a % b)
print(divmod(a, 12345), divmod(-a, 12345))
print(a >> 50, a << 10, 1 << 200)
print(a & (b - 1), a | 1, a ^ b)
print(-a >> 3, ~a)
print(a == 2 ** 100, a > b, a < b, hash(a) == hash(2 ** 100))
print(abs(-a), pow(3, 200, 1000007), pow(2, 100) == a)
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(str(n)[:10], len(str(n)))
print(int("9" * 40) + 1)
print(a / 2 ** 90)
print((2 ** 63 - 1) + 1, -(2 ** 63) - 1)
print(2 ** 53 + 1, 9007199254740993 * 2)
print(0x7FFFFFFF + 1, 0xFFFFFFFF * 0xFFFFFFFF)
