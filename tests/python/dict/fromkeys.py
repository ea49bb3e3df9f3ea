# dict.fromkeys
print(dict.fromkeys(["a"]), dict.fromkeys("a", 0), dict.fromkeys([]), dict.fromkeys(range(1), "v"))
d = dict.fromkeys(["x", "y", "z"], 5)
print(sorted(d.items()), len(d))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared["q"])
print(dict.fromkeys((1, 1, 1)))
