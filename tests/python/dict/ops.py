# dict item access, assignment, deletion, membership and len
d = {}
d["a"] = 1
d["a"] += 1
d[2] = [d["a"]]
d[2].append(3)
print(d["a"], d[2], len(d), "a" in d, "b" in d, 2 in d, 1 not in d)
del d["a"]
print(d, len(d))
d[(1, 2)] = "t"
d[None] = 0
print(d[1, 2], d[None], len(d))
print(bool({}), bool({0: 0}), {} is not {})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["z"] += 1
print(nested)
