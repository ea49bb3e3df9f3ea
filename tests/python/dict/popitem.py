# popitem removes and returns an item until the dict is empty
d = {"a": 1, "b": 2, "c": 3}
items = []
while d:
    items.append(d.popitem())
print(sorted(items), d)
d = {"only": 1}
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
