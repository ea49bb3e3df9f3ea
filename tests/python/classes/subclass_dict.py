# subclassing dict
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

d = AttrDict(a=1, b=2)
print(d.a, d["b"], len(d), sorted(d.keys()))
d["c"] = 3
print(d.c, isinstance(d, dict), type(d).__name__)
try:
    d.zzz
except AttributeError as e:
    print("AttributeError", e)

class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1

c = Counter()
for ch in "abracadabra":
    c.add(ch)
print(sorted(c.items()))

class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

lo = Lower()
lo["ABC"] = 1
lo["Def"] = 2
print(sorted(lo.items()), "abc" in lo)

class Init(dict):
    def __init__(self, pairs):
        super().__init__(pairs)
        self["init"] = True
i = Init([("k", "v")])
print(sorted(i.items()))
