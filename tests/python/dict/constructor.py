# dict() constructor forms
print(dict(), dict({"a": 1}), dict([("a", 1)]), dict(a=1))
print(sorted(dict([("a", 1), ("b", 2)], c=3).items()), dict({"a": 1}, a=2))
print(dict(zip("xy", (1, 2))) == {"x": 1, "y": 2}, dict([["k", "v"]]), dict((("t", 1),)))
print(dict([("a", 1), ("a", 2)]), dict({1: 2}.items()))
print({i: i * i for i in range(4)} == {0: 0, 1: 1, 2: 4, 3: 9}, {k: 0 for k in "a"})
for bad in ([1], [("a",)], [("a", 1, 2)], 5):
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
