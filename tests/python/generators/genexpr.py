# generator expressions
g = (x * x for x in range(5))
print(next(g), next(g), list(g), list(g))

# lazy evaluation
def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
ge = (v * 10 for v in noisy(3))
print("created")
print(next(ge))
print(list(ge))

# the outermost iterable is evaluated immediately
try:
    (x for x in 5)
except TypeError:
    print("TypeError at creation")

# filters and nesting
print(list(x for x in range(10) if x % 3 == 0))
print(list((a, b) for a in range(3) for b in range(a)))
print(sum(x for x in range(100) if x % 7 == 0))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(dict((k, k * 2) for k in range(3)) == {0: 0, 1: 2, 2: 4})
print(sorted((c for c in "banana"), reverse=True))
print("".join(c.upper() for c in "abc"))

# scoping: loop variable not visible outside
y = "outer"
list(y for y in range(3))
print(y)
