# StopIteration from next() and iterator protocols
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(next(it, "default"), next(iter([]), None))

# StopIteration value
e = StopIteration(42)
print(e.value, e.args)
print(StopIteration().value)

# generator return value is carried by StopIteration
def g():
    yield 1
    return "result"
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("returned", e.value)

# a for loop swallows the StopIteration from __next__
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("finished")
        return self.i
print(list(It()), [x for x in It()])

# StopIteration raised inside a generator body becomes RuntimeError
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
