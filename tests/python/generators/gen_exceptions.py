# exceptions raised inside generators
def failing():
    yield 1
    raise ValueError("inside generator")
    yield 2

g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
# after an exception the generator is finished
print(next(g, "finished"))

# exceptions are raised lazily, when the generator runs
def check(n):
    if n < 0:
        raise ValueError("negative")
    yield n
g = check(-1)
print("generator created")
try:
    next(g)
except ValueError as e:
    print("raised on first next:", e)

# try/except inside a generator around yield
def robust(items):
    for it in items:
        try:
            yield 10 // it
        except ZeroDivisionError:
            pass
print(list(robust([1, 2, 0, 5])))
try:
    list(robust([1, 0, 2]))
except ZeroDivisionError:
    print("no")

def divisions(items):
    for it in items:
        try:
            r = 10 // it
        except ZeroDivisionError:
            r = "inf"
        yield r
print(list(divisions([1, 0, 5])))
