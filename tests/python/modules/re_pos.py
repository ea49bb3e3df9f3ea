# compiled pattern: match/search with pos and endpos
import re

p = re.compile("o")
for args in [(), (1,), (2,), (5,), (0, 1), (1, 1), (2, 1), (-2,), (-2, -5)]:
    m = p.match("dog", *args)
    print("match", args, m and m.group(0))
for args in [(), (1,), (2,), (-2,), (0, 1), (1, 2)]:
    m = p.search("dog", *args)
    print("search", args, m and m.group(0))
q = re.compile("^o")
print(q.match("dog", 1))
r = re.compile("g$")
print(r.search("dogs", 0, 3).group(0))
