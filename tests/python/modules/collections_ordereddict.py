# OrderedDict
from collections import OrderedDict

d = OrderedDict([("z", 1), ("a", 2)])
d["m"] = 3
print(d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(type(d), isinstance(d, dict), OrderedDict.__name__)
print(len(d), "a" in d, d["z"], d.get("q"), d.get("q", 0))
print(d.popitem(), d)
d.update({"k": 9})
d.setdefault("s", 7)
print(d)
del d["z"]
print(d, d.pop("a"))
print(OrderedDict(), OrderedDict(x=1))
e = d.copy()
print(type(e).__name__, e, e == d, e is d)

# equality between OrderedDicts depends on order
a = OrderedDict([("a", 1), ("b", 2)])
b = OrderedDict([("b", 2), ("a", 1)])
c = OrderedDict([("a", 1), ("b", 2)])
print(a == b, a == c, a != b)

# a subclass
class Counter(OrderedDict):
    def bump(self, k):
        self[k] = self.get(k, 0) + 1

cn = Counter()
for ch in "hello":
    cn.bump(ch)
print(list(cn.items()))
d.clear()
print(d, len(d), bool(d))
