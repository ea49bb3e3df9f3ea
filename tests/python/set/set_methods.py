# union, intersection, difference, symmetric_difference and update variants
a = {1, 2, 3}
print(sorted(a.union({4})), sorted(a.union((5, 6))), sorted(a.intersection([2, 3, 4])), sorted(a.difference({1})))
print(sorted(a.symmetric_difference([3, 4])), sorted(a))
s = set(a)
s.intersection_update([1, 2, 9])
print(sorted(s))
s = set(a)
s.difference_update([1, 3])
print(sorted(s))
s = set(a)
s.symmetric_difference_update({3, 4})
print(sorted(s))
print(sorted(a.union(a)), sorted(a.intersection(a)), sorted(a.difference(a)))
