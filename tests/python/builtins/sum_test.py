# sum() with start values
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum((0.5, 0.25)), sum(range(101)), sum([2**70, 2**70]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1.5, 2], 1), sum(x * x for x in range(4)))
print(sum([True, True, False]), sum({1: "a", 2: "b"}), sum([1, 2], start=5) if False else sum([1, 2], 5))
for f in (lambda: sum(["a", "b"]), lambda: sum([1, "a"]), lambda: sum(5)):
    try:
        f()
    except TypeError:
        print("TypeError")
