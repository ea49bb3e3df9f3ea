# frozenset: hashable, immutable, usable as dict key and set element
f = frozenset([1, 2, 3])
g = frozenset((3, 2, 1))
print(f == g, hash(f) == hash(g), len(f), 2 in f, type(f).__name__)
d = {f: "fs"}
print(d[g], d[frozenset({1, 2, 3})])
s = {f, g, frozenset()}
print(len(s), frozenset() in s)
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, sorted(f & g), sorted(f - {1}))
print(frozenset(), frozenset([5]), repr(frozenset("a")))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
try:
    hash({1})
except TypeError:
    print("TypeError")
