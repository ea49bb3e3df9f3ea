# tuple packing and unpacking
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = "abc"
print(init, last)
p, *q, r = range(5)
print(p, q, r)
h, *t = [9]
print(h, t)
for bad in ((1, 2, 3), (1,)):
    try:
        u, v = bad
    except ValueError as e:
        print(type(e).__name__, e)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(*(1, 2), *[3], sep=",")
