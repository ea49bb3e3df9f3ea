# enumerate() with start, and its iterator behaviour
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate("ab", start=10)), list(enumerate(range(2), -1)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a, b)
try:
    enumerate(5)
except TypeError:
    print("TypeError")
