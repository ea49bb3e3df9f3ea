# namedtuple helpers beyond the unix build: _fields, _replace, _asdict, _make,
# and tuple methods on instances (as CPython and MicroPython full builds)
from collections import namedtuple

P = namedtuple("P", "x y z")
p = P(1, 2, 3)
print(P._fields, p._fields)
q = p._replace(y=20)
print(q, p, type(q) is P)
print(p._replace())
d = p._asdict()
print(list(d.keys()), list(d.values()), d["z"])
print(P._make([7, 8, 9]), P._make(range(3)))
try:
    p._replace(w=1)
except ValueError:
    print("ValueError")
print(p.count(1), p.index(3))
