# generator.throw()
def worker():
    while True:
        try:
            v = yield "ready"
            print("got", v)
        except ValueError as e:
            print("handled ValueError", e)
            yield "recovered"

w = worker()
print(next(w))
print(w.throw(ValueError("bad")))
print(next(w))
print(w.send("data"))

# an unhandled thrown exception propagates out and finishes the generator
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e.args)
print(list(f))

# throw into a just-started generator raises immediately
g = fragile()
try:
    g.throw(IndexError)
except IndexError:
    print("IndexError raised at the start")
print(next(g, "finished"))

# throw with finally in the generator
def guarded():
    try:
        yield "in try"
    finally:
        print("cleanup")
gd = guarded()
next(gd)
try:
    gd.throw(RuntimeError("stop"))
except RuntimeError as e:
    print("RuntimeError", e)
