# Functions that define functions or lambdas: each call makes new function
# objects, closures see the current values of the variables they use, and
# a nested function that uses none may be defined in a function whose loops
# run for a long time. Every function is called several times (a function
# runs plainly from its third call on).


def transform(n):
    def rev(x, bits):
        y = 0
        for i in range(bits):
            y = (y << 1) | (x & 1)
            x >>= 1
        return y

    sq = lambda v, k=2: v**k
    out = []
    for i in range(n):
        out.append(rev(i, 3) + sq(i))
    return out, rev.__name__, sq(3, 3)


def captured(n):
    k = 0

    def times_k(x):
        return x * k

    total = 0
    for i in range(n):
        k = i % 100
        total += times_k(10)
    return total


def make_counter(start):
    c = start

    def inc(step=1):
        nonlocal c
        c += step
        return c

    return inc


def adders(n):
    return [(lambda x, i=i: x + i) for i in range(n)]


def late(n):
    fs = [lambda: i for i in range(n)]
    return [f() for f in fs]


def fresh(n):
    made = []
    for i in range(n):

        def f():
            return "f"

        made.append(f)
    return len(made), made[0] is made[-1], made[0]()


def long_loop(n):
    def step(x):
        return (x * 7 + 3) % 1000

    x = 0
    for i in range(n):
        x = step(x)
    return x


for r in range(4):
    print(transform(6), captured(200000), fresh(3), long_loop(300000))
    c = make_counter(10 * r)
    print(c(), c(5), c(), [f(100) for f in adders(3)], late(3))
