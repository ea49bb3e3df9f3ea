# dict iteration order after insertions and deletions (compared via sorting)
d = {}
for i in range(20):
    d[i * 7 % 13] = i
print(len(d), sorted(d.items()))
for i in range(0, 13, 2):
    d.pop(i, None)
print(sorted(d))
d.update({100: 0, -1: 0})
print(sorted(d), 100 in d)
