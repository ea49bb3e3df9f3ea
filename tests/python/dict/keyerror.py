# KeyError for missing keys, with the key as argument
d = {"a": 1, 2: "b"}
for k in ("z", 3, (1, 2), None):
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, repr(e.args[0]))
try:
    del d["nope"]
except KeyError as e:
    print("del", type(e).__name__, e.args)
try:
    {}.popitem()
except KeyError as e:
    print("popitem", type(e).__name__)
try:
    d[[1]] = 2
except TypeError:
    print("TypeError unhashable")
try:
    d[{}]
except TypeError:
    print("TypeError unhashable")
