# basic float arithmetic and mixing with ints
print(0.1 + 0.2, 0.1 * 3, 1.1 * 1.1, 1 - 0.9)
print(2.5 + 1, 1 + 2.5, 3 * 0.5, 2.0 - 5, 10 - 0.5)
print(1.5 ** 2, 2 ** 0.5, 4 ** -0.5, 2.0 ** 10, (-8.0) ** 2, 10.0 ** -2)
print(abs(-2.5), -2.5, +2.5, -(-1.5))
x = 1.0
x += 1; x *= 3; x /= 4; x -= 0.25; x **= 2
print(x)
print(sum([0.1] * 10), sum([1, 2.5, 3]))
print(1e16 + 1, 2**53 + 1.0)
print(float(2**53 + 1), 3.0 * 2**70)
