# iterating sets and set comprehensions
s = {5, 1, 3}
total = 0
for x in s:
    total += x
print(total, sorted(s), sum(s), max(s), min(s), len(list(s)))
print(sorted({c.upper() for c in "abca"}), {x for x in []})
print(sorted(set(map(len, ["a", "bb", "cc", "d"]))))
r = set(range(10))
print(sorted(x for x in r if x % 3 == 0))
