# generator functions
def count(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count(3)
print(type(g).__name__)
print("created, nothing run yet")
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
try:
    next(g)
except StopIteration:
    print("still exhausted")

print(list(count(2)))
print(sum(count(5)), max(count(4)))

# yield as expression value is None when using next()
def echo():
    while True:
        v = yield
        print("received", v)
e = echo()
next(e)
next(e)

# generator is its own iterator
g = count(1)
print(iter(g) is g)

# yield in various positions
def multi():
    yield 1
    x = [(yield 2), (yield 3)]
    yield x
m = multi()
print(next(m), next(m), next(m), next(m))
