# a generator cannot be resumed while it is running
def selfish():
    yield me.send(None) if False else 1
    next(me)
    yield 2

me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# generator objects are distinct and independent
def counter():
    n = 0
    while True:
        n += 1
        yield n
a, b = counter(), counter()
print(next(a), next(a), next(b), next(a), next(b))
