# a large dict with int and str keys
d = {}
for i in range(1000):
    d[i] = str(i)
    d[str(i)] = i
print(len(d), d[999], d["999"], d[0], d["0"])
for i in range(0, 1000, 2):
    del d[i]
print(len(d), 2 in d, 3 in d, "2" in d)
print(sum(k for k in d if isinstance(k, int)))
