# dict methods: get, pop, setdefault, update, clear, copy
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 5), d.setdefault("b", 2), d.setdefault("c"), sorted(d.items(), key=str))
print(d.pop("c"), d.pop("zz", "dflt"), d.pop("b"), d)
d.update({"x": 10})
d.update([("y", 20)])
d.update(z=30)
d.update({"x": 11}, w=0)
print(sorted(d.items()))
c = d.copy()
c["a"] = 100
print(d["a"], c["a"], c is not d)
c.clear()
print(c, len(c), len(d))
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
