# tuple comparisons and hashing
print((1, 2) == (1, 2), (1, 2) != (1, 3), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99))
print((1, "a") < (1, "b"), (1, 2) <= (1, 2), (3,) >= (2, 9), (1, 2) == [1, 2], (1,) == (1.0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash(()) == hash(()))
d = {(1, 2): "a", (1, (2, 3)): "b"}
print(d[(1, 2)], d[1, (2, 3)])
try:
    hash((1, [2]))
except TypeError:
    print("TypeError")
try:
    (1, 2) < (1, "a")
except TypeError:
    print("TypeError")
print(max([(1, "b"), (1, "a"), (0, "z")]), min((3, 1), (2, 9)))
