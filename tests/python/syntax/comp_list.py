# list comprehensions
print([x for x in range(5)])
print([x * x for x in range(10) if x % 2 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([c.upper() for c in "hello" if c != "l"])
print([[i * j for j in range(3)] for i in range(3)])
print([x for row in [[1, 2], [3], []] for x in row])

# comprehension variables don't leak
x = "outer"
print([x for x in "abc"], x)

# comprehension over a generator and with function calls
def sq(n):
    return n * n
print([sq(v) for v in (i + 1 for i in range(4))])

# unpacking in comprehension targets
pairs = [(1, "a"), (2, "b")]
print([s * n for n, s in pairs])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])

# conditional expression inside
print(["even" if v % 2 == 0 else "odd" for v in range(4)])

# empty results
print([x for x in []], [x for x in range(5) if x > 10])
