# yield from delegates to a sub-iterator and returns its return value
def sub():
    yield 1
    yield 2
    return "sub result"

def main():
    r = yield from sub()
    print("sub returned", r)
    yield from [10, 20]
    yield from range(3)
    yield from "ab"
    return "main result"

print(list(main()))

g = main()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print("main returned", e.value)
print(out)

# nested delegation
def inner():
    x = yield "inner-1"
    print("inner got", x)
    return x * 2

def middle():
    v = yield from inner()
    print("middle got", v)
    return v + 1

def outer():
    res = yield from middle()
    yield "outer saw %d" % res

o = outer()
print(next(o))
print(o.send(5))

# yield from an empty iterable and a generator returning None
def empty():
    return
    yield
def uses_empty():
    r = yield from empty()
    yield r
print(list(uses_empty()))
