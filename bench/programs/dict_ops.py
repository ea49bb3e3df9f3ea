N = 120000
# Dict work: inserting and looking up int and str keys, membership tests,
# get(), updating, deleting, comprehensions and iterating items.


def int_keys(n):
    d = {}
    x = 1
    for i in range(n):
        x = (x * 75 + 74) % 65537
        k = x % 6007
        d[k] = d.get(k, 0) + i
    found = 0
    for k in range(0, n, 3):
        if k % 9001 in d:
            found += 1
    total = 0
    for k, v in d.items():
        total = (total + k * v) % 1000000007
    for k in list(d):
        if k % 4 == 0:
            del d[k]
    return len(d), found, total


def str_keys(n):
    counts = {}
    for i in range(n):
        w = "w%d" % (i * 7 % 1500)
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    index = {w: i for i, w in enumerate(sorted(counts))}
    s = 0
    for i in range(n):
        s += index["w%d" % (i * 7 % 1500)]
    merged = dict(counts)
    merged.update({w + "x": c for w, c in counts.items()})
    return len(counts), s, len(merged), sum(merged.values())


print("dict_ops", N, *int_keys(N), *str_keys(N))
