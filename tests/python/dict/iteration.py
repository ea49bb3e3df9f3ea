# iteration over dicts and modification during iteration
d = {"one": 1, "two": 2, "three": 3}
print(sorted(d), sorted(d.values()), sorted(d.items()))
total = 0
for k in d:
    total += d[k]
print(total)
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
for k, v in d.items():
    d[k] = v * 10
print(d)
