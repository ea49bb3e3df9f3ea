N = 150
# Big-integer arithmetic: factorials, fast-doubling Fibonacci, integer square
# roots by Newton's method, modular powers, shifts and int <-> str conversion.
# N is the number of rounds.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def fib_pair(n):
    # (F(n), F(n+1)) by fast doubling
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def bits(n):
    return len(bin(n)) - 2


def isqrt(n):
    x = 1 << ((bits(n) + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def digit_sum(v):
    return sum(int(c) for c in str(v))


def powmod(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r


def one_round(r):
    f = factorial(300 + r)
    fa, fb = fib_pair(3000 + 7 * r)
    root = isqrt((2 + r) * 10 ** 400)
    m = (1 << 127) - 1
    p = powmod(3 + r, 10 ** 30 + r, m)
    q = (f // (fa % m + 1)) ^ (root << 5)
    return [digit_sum(f), digit_sum(fa), root % 1000000007, p % 1000000007, bits(q), fb % 999983]


acc = [0] * 6
for r in range(N):
    acc = [(x + y) % 1000000007 for x, y in zip(acc, one_round(r))]
print("bigint", N, *acc)
