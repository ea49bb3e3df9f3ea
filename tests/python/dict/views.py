# keys/values/items views: iteration, len, membership, liveness
d = {"a": 1}
k, v, i = d.keys(), d.values(), d.items()
print(list(k), list(v), list(i), len(k), len(v), len(i))
d["b"] = 2
print(len(k), sorted(k), sorted(v), sorted(i))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i)
print(sorted(x for x in d), sorted(d))
del d["a"]
print(list(k), list(v), list(i))
for key, val in {"x": 1}.items():
    print(key, val)
print(type(k).__name__ in ("dict_keys", "dict_view"))
