N = 150000
# Generators: pipelines of generator functions, generator expressions,
# yield from (nested delegation over a tree) and send().


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def scaled(it, k):
    for v in it:
        yield v * k


def walk(tree):
    # tree: (value, children)
    yield tree[0]
    for child in tree[1]:
        yield from walk(child)


def make_tree(depth, seed):
    if depth == 0:
        return (seed, ())
    return (seed, tuple(make_tree(depth - 1, seed * 3 + k) for k in range(3)))


def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def chain(*gens):
    for g in gens:
        yield from g


n = N
pipeline = sum(scaled(evens(count_up(n)), 3))
genexp = sum(x * x % 7 for x in range(n))
tree = make_tree(6, 1)
walked = 0
nodes = 0
for r in range(N // 10000 + 1):
    for v in walk(tree):
        walked = (walked + v * (r + 1)) % 1000003
        nodes += 1
acc = accumulator()
next(acc)
last = 0
for i in range(n):
    last = acc.send(i % 10)
chained = sum(chain(count_up(n // 2), evens(count_up(n // 2)), (1 for _ in range(n // 2))))
print("generators", N, pipeline, genexp, walked, nodes, last, chained)
