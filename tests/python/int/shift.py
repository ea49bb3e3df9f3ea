# left and right shifts, including big results and negative values
print(1 << 0, 1 << 31, 1 << 32, 1 << 53, 1 << 64, 1 << 100)
print(-1 << 70, -3 << 40)
print(2**100 >> 99, 2**100 >> 100, 2**100 >> 101, 2**100 >> 1000)
print(-1 >> 1, -1 >> 100, -2**100 >> 99, -(2**100) >> 200, -5 >> 1, -(2**100 + 1) >> 100)
print(12345 >> 3, -12345 >> 3)
print(0 << 1000, 0 >> 5)
print(True << 3, 5 >> True)
for op in (lambda: 1 << -1, lambda: 1 >> -1, lambda: 2**80 << -3):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
x = 1
x <<= 65
print(x)
x >>= 64
print(x)
