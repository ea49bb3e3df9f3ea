# membership and index in lists and tuples across numeric and str kinds
items = [1, 2.5, "a", True, None, 3.0, (1, 2), [3], -0.0, float("nan"), 2**70]
for x in (1, 1.0, True, 2.5, "a", "b", 3, 3.0, 0, 0.0, False, (1, 2), [3], 2**70, 2.0**70, None, float("nan")):
    print(repr(x), x in items, x in tuple(items), items.count(x))
print([1, 2, 3].index(2), (1, 2, 3).index(3.0), ["x", "y"].index("y"))
try:
    [1, 2].index(3)
except ValueError:
    print("ValueError")
class S(str):
    pass
print(S("a") in ["a"], "a" in [S("a")], [S("a")].index("a"))
class E:
    def __eq__(self, o):
        return o == 7
print(7 in [E()], "7" in [E()], [1, E()].index(7))
