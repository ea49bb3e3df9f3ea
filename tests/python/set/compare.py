# subset/superset comparisons and equality
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1}, a != b)
print(b < a, {1, 4} < b, {1, 4} <= b, set() < a, set() <= set(), a > set())
print({1, 2} == frozenset([1, 2]), frozenset([1]) < {1, 2}, {1} == [1], set() == frozenset())
print(a.issubset(b), a.issubset([1, 2]), b.issuperset(a), b.issuperset((1, 5)), a.isdisjoint({3}), a.isdisjoint([2]))
