# integer powers, big results, negative exponents give floats
print(2**10, 2**64, 2**200)
print((-2)**63, (-2)**64, (-3)**3)
print(10**0, 0**0, 1**1000, (-1)**1001)
print(7**77)
print(2**-1, 2**-2, 10**-3, (-2)**-1)
print(pow(2, 100), pow(-5, 21))
print(pow(3, 200, 1000), pow(2, 10**10, 10**9 + 7), pow(-3, 3, 7))
print(pow(7, 0, 5), pow(7, 1, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__)
x = 3
x **= 40
print(x)
