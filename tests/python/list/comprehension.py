# list comprehensions
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(x)], [c for c in "abc" if c != "b"])
print([[y for y in range(x)] for x in range(4)])
print([x if x % 2 else -x for x in range(5)], [i for i in []])
x = "outer"
print([x for x in "in"], x)
print([a + b for a, b in [(1, 2), (3, 4)]], [n for n in range(20) if n % 2 if n % 3])
