# sort with key and reverse (distinct keys: MicroPython's sort is not stable)
l = [3, 1, 4, 15, 5, 9, 2, 6]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "kiwi", "fig", "elderberry", "cherries"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (3, "a"), (2, "b"), (5, "c"), (4, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: -p[0], reverse=True))
print(sorted(pairs), sorted(pairs, reverse=True))
l = [2.5, 1, -3, 0.5, 2**70]
l.sort()
print(l)
e = []
e.sort()
print(e, sorted([]), sorted((3, 2, 1)), sorted("bca"), sorted({3: 0, 1: 0}))
l = [5, 3, 8]
l.sort(key=lambda x: -x)
print(l)
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
try:
    [3, 1].sort(lambda x: x)
except TypeError:
    print("TypeError")
