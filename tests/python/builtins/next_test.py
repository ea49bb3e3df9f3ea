# next() with and without default
it = iter([1, 2])
print(next(it), next(it, "d"), next(it, "d"), next(it, None))
g = (x for x in "ab")
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1, 2])
except TypeError:
    print("TypeError")
