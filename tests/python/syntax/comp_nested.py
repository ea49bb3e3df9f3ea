# nested comprehensions and their scoping
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
print({i: {j: i * j for j in range(i)} for i in range(3)})

# the first iterable is evaluated in the enclosing scope
class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
print(C.doubled)

# the inner comprehension refers to the outer comprehension's variable
print([[(i, j) for j in range(i)] for i in range(3)])

# closures over comprehension variables
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

# generator expressions nested in list comprehensions
print([sum(j for j in range(i)) for i in range(5)])

# triple nesting
print([(a, b, c) for a in range(2) for b in range(2) for c in range(2) if a + b + c == 2])
