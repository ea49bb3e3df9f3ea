# max() and min() with key and default
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max((1, 2), (1, 3)))
print(max([], default="empty"), min([], default=None), max([5], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max(-3, 2, key=abs), min(-3, 2, key=lambda x: -x))
print(max([1, 3, 2], key=lambda x: -x, default=0), max(1, 2.5), min(True, 0.5), max("a", "B"))
print(max(x * x for x in range(-5, 3)), min({3: "a", 1: "b"}))
for f in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: max(1, "a")):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
