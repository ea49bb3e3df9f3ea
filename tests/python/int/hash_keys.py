# 1, 1.0 and True hash equal and are the same dict key
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {True: "a", 1: "b", 1.0: "c", 0: "x", False: "y", 0.0: "z"}
print(len(d), d[1], d[0], d[False], d[True], list(d.keys()) in ([True, 0], [0, True]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(2**100) == hash(2**100), hash(-1) == hash(-1))
s = {1, 1.0, True, 2, 2.0}
print(len(s), 2 in s, 1.0 in s)
d = {2**70: "big", 5: "small"}
print(d[2**70], d[5.0], (2**70) in d)
print({0.5: 1}.get(0.5), {-0.0: "z"}[0])
