# return statements inside generators
def early(n):
    for i in range(n):
        if i == 2:
            return "stopped early"
        yield i

print(list(early(5)))
g = early(5)
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)

# plain return gives value None
def plain():
    yield 1
    return
g = plain()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, e.args)

# generator that returns before yielding
def nothing():
    return 5
    yield
n = nothing()
try:
    next(n)
except StopIteration as e:
    print("immediate", e.value)

# return inside try/finally in a generator
def with_finally():
    try:
        yield "a"
        return "ret"
    finally:
        print("finally")
print(list(with_finally()))

# return value of a generator consumed by a for loop is ignored
for v in early(3):
    print("for", v)
