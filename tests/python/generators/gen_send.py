# generator.send()
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    yield "final %d" % total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(next(acc))

# sending a non-None value to a just-started generator is an error
def simple():
    yield 1
g = simple()
try:
    g.send(1)
except TypeError:
    print("TypeError: can't send non-None value")

# send drives a coroutine-style consumer
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 60):
    print(a.send(v))

# send to a finished generator raises StopIteration
def one():
    yield 1
o = one()
next(o)
try:
    o.send(5)
except StopIteration:
    print("StopIteration from finished generator")
