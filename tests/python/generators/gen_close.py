# generator.close() raises GeneratorExit inside the generator
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")

g = gen()
print(next(g))
g.close()
print(next(g, "closed"))
g.close()  # closing again is harmless

# closing a generator that was never started does not run its body
g2 = gen()
g2.close()
print(next(g2, "never started"))

# catching GeneratorExit and returning is fine
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
p = polite()
next(p)
p.close()

# yielding after GeneratorExit is a RuntimeError
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# close on an exhausted generator
def short():
    yield 1
sh = short()
print(list(sh))
sh.close()
print("done")
