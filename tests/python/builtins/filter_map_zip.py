# filter, map and zip with multiple iterables
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, 2.5])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3], (True, False))), list(zip([], [1])))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "end"))
z = zip(range(3), "xyz")
print(next(z), list(z))
print(dict(zip(["a", "b"], map(len, ["xx", "yyy"]))) == {"a": 2, "b": 3})
print(list(map(lambda *a: a, "ab", "cd", "ef")))
for f in (lambda: map(abs), lambda: list(map(abs, 5)), lambda: zip(1)):
    try:
        f()
    except TypeError:
        print("TypeError")
