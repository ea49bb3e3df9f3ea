# set mutating methods: add, remove, discard, pop, clear, update, copy
s = set()
s.add(1); s.add(1); s.add("a")
print(len(s), 1 in s, "a" in s)
s.discard(1); s.discard(99)
print(sorted(s, key=str))
s.remove("a")
print(s)
try:
    s.remove("a")
except KeyError as e:
    print(type(e).__name__, e)
s.update([1, 2], (3,), "ab")
print(sorted(s, key=str), len(s))
c = s.copy()
c.clear()
print(c, len(s))
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__)
