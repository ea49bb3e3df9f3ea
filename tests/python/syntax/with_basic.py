# with statement: __enter__ return value, __exit__ args, multiple items
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False

with CM("a") as v:
    print("body", v)

with CM("b"):
    print("body without as")

# multiple items: entered left to right, exited right to left
with CM("x") as x, CM("y") as y:
    print("body", x, y)

# target can be any assignment target
d = {}
with CM("k") as d["key"]:
    pass
print(d)

class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        pass

with Pair() as (p, q):
    print(p, q)

# return from inside with still calls __exit__
def f():
    with CM("ret"):
        return "returned"
print(f())

# break/continue inside with
for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)
