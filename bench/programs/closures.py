N = 100000
# Closures and functional style: nested functions capturing variables,
# nonlocal counters, lambdas, map/filter/zip, sorted with key functions and
# functions returning functions.


def make_counter(start):
    n = start

    def step(k=1):
        nonlocal n
        n += k
        return n

    return step


def compose(f, g):
    return lambda x: f(g(x))


def adder(k):
    def add(x):
        return x + k

    return add


def calls(n):
    counter = make_counter(10)
    inc3 = adder(3)
    double = lambda x: x * 2
    f = compose(inc3, double)
    g = compose(double, compose(inc3, inc3))
    total = 0
    for i in range(n):
        total += f(i) - g(i) + counter(i & 3)
    adders = [adder(k) for k in range(50)]
    for x in range(n // 10):
        total += adders[x % 50](x)
    return total, counter(0)


def functional(start, n):
    xs = range(start, start + n)
    mapped = list(map(lambda x: x * x % 1009, xs))
    kept = list(filter(lambda x: x % 3 == 1, mapped))
    zipped = sum(a * b for a, b in zip(kept, reversed(kept)))
    keyed = sorted(xs, key=lambda v: (v * 7919) % 2003)
    return len(kept), zipped % 1000003, keyed[0] + keyed[-1]


total, last = calls(N)
acc = [0, 0, 0]
for start in range(0, N, 2000):
    acc = [x + y for x, y in zip(acc, functional(start, min(2000, N - start)))]
print("closures", N, total, last, *acc)
