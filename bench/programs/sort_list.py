N = 20
# List work: list comprehensions, sort() and sorted() with keys and reverse,
# slicing, reversing, min/max, append/pop and index. N is the number of
# rounds over a 3000-element list.


def data(n, x):
    out = []
    for _ in range(n):
        x = (x * 75 + 74) % 65537
        out.append(x)
    return out


def one_round(seed):
    n = 3000
    xs = data(n, seed)
    squares = [v * v % 10007 for v in xs if v & 1]
    pairs = [(v % 100, -v) for v in xs[: n // 2]]
    a = sorted(xs)
    b = sorted(xs, reverse=True)
    pairs.sort()
    squares.sort(key=lambda v: (v % 10, v))
    rev = a[::-1]
    chunks = [sum(a[i : i + 100]) for i in range(0, len(a), 100)]
    stack = []
    for v in xs[:1000]:
        stack.append(v)
        if v % 3 == 0:
            stack.pop()
    nested = [[i * j for j in range(10)] for i in range(n // 10)]
    flat = [v for row in nested for v in row if v % 3]
    return [
        a[n // 2],
        b[n // 3],
        rev == b,
        pairs[0][1],
        pairs[-1][1],
        squares[3],
        max(chunks) - min(chunks),
        len(stack),
        sum(flat) % 1000003,
        a.index(a[n // 4]),
    ]


acc = [0] * 10
for r in range(N):
    res = one_round(r * 7 + 1)
    acc = [(x + y) % 1000003 for x, y in zip(acc, res)]
print("sort_list", N, *acc)
