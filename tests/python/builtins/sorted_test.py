# sorted() with key and reverse on many iterables
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted([-3, 1, -2], key=abs, reverse=True))
l = [2, 1]
s = sorted(l)
print(l, s, s is not l)
print(sorted([1.5, 1, True * 3, -2**70]), sorted(x % 5 for x in range(7, 12)))
print(sorted([[2, 1], [1, 2], [1]]), sorted(["b", "A", "a", "B"]))
try:
    sorted([1, None])
except TypeError:
    print("TypeError")
