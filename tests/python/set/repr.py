# repr of sets with one element and empty sets
print(set(), {1}, {"a"}, {(1, 2)}, {None}, {1.5}, frozenset(), frozenset({2}))
print(repr({"x"}), str({b"y"}), [set()], (frozenset(),))
