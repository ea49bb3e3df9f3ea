N = 300000
# Small-int arithmetic loops: a linear congruential generator, bit twiddling,
# gcd, Collatz steps and integer division.


def lcg_bits(n):
    x = 12345
    ones = 0
    mix = 0
    for i in range(n):
        x = (x * 75 + 74) % 65537
        v = x
        while v:
            v &= v - 1
            ones += 1
        mix ^= (x << (i & 7)) | (i >> 3)
    return ones, mix


def gcd_sum(n):
    total = 0
    for a in range(1, n):
        b = (a * 7919) % 10007 + 1
        while b:
            a, b = b, a % b
        total += a
    return total


def collatz(limit):
    longest = 0
    start = 0
    for s in range(1, limit):
        n = s
        steps = 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
            start = s
    return start, longest


print("int_loop", N, *lcg_bits(N), gcd_sum(N // 4), *collatz(N // 30))
