# send(), throw() and close() are forwarded through yield from
def inner():
    try:
        while True:
            try:
                v = yield
                print("inner received", v)
            except KeyError:
                print("inner handled KeyError")
    finally:
        print("inner closed")

def outer():
    yield from inner()

g = outer()
next(g)
g.send("a")
g.send("b")
g.throw(KeyError)
g.send("c")
g.close()
print("after close")

# an exception not handled by the inner generator propagates to outer
def inner2():
    yield 1
    yield 2
def outer2():
    try:
        yield from inner2()
    except ValueError:
        yield "outer2 handled"
h = outer2()
next(h)
print(h.throw(ValueError))
