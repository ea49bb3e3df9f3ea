# float hashing: integral floats hash like ints
print(hash(1.0) == hash(1), hash(-2.0) == hash(-2), hash(0.0) == hash(0))
print(hash(1.5) == hash(1.5), hash(2.0**40) == hash(2**40))
d = {2.0: "two", 0.5: "half"}
print(d[2], d[0.5], 2 in d, 2.0 in {2})
s = {1.0, 1, 2, 2.0, 0.5}
print(len(s), sorted(s))
