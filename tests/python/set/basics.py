# set construction, len, membership (printing via sorted)
s = {3, 1, 2, 3, 1}
print(len(s), sorted(s), 1 in s, 5 in s, 5 not in s)
print(set(), sorted(set("hello")), sorted(set([1, 1.0, True, 2])), len(set(range(100))))
print(sorted({x % 4 for x in range(20)}), type({1}).__name__, type(set()).__name__)
print({1}, {"a"}, {(1, 2)}, set([None]))
print(bool(set()), bool({0}), len({()}))
try:
    {[1]}
except TypeError:
    print("TypeError")
try:
    set(5)
except TypeError:
    print("TypeError")
