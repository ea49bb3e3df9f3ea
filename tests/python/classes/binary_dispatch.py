# operators with an instance of a user class on the left: the left's
# method, the right's reflected method, and who goes first
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(%r)" % (self.x,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))
    def __mul__(self, o):
        return V(self.x * o)
    def __truediv__(self, o):
        return V(self.x / o)

a = V(3)
print(a + V(4), a + 1, a + 2.5, a - V(1), a - 0.5, a * 2, a / 2)
print(a * 1.5, a * 3j)

# a subclass on the right that does not override the reflected method: the
# left's method (CPython lets a subclass that does override it go first,
# MicroPython does not: not tested)
class X(V):
    pass
print(a + X(1))

# NotImplemented from the left: the right's reflected method, else TypeError
class R:
    def __radd__(self, o):
        return "R.__radd__(%r)" % (o,)
print(a + R())
for bad in ("s", [1], None):
    try:
        a + bad
    except TypeError:
        print("TypeError", type(bad).__name__)

# no method on the left at all
class N:
    pass
try:
    N() + 1
except TypeError:
    print("TypeError N")
try:
    N() * N()
except TypeError:
    print("TypeError N N")
print(N.__name__)

# += without __iadd__ uses __add__
b = V(1)
b += 10
print(b)

# methods replaced on the class after use
def other_add(self, o):
    return "other"
print(a + 1)
V.__add__ = other_add
print(a + 1, V(0) + V(0))
del V.__add__
try:
    a + 1
except TypeError:
    print("TypeError after del")

# a subclass of a built-in type on the left
class L(list):
    def __add__(self, o):
        return "L.__add__"
print(L([1]) + [2])
class F(float):
    pass
print(F(1.5) + 1, type(F(1.5) + 1).__name__)

# the same inside a function called several times (plain compiled code takes
# a shorter path to the special methods): same class, numbers, NotImplemented
# to the right's reflected method, TypeError, and a method replaced after use
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P(%r)" % (self.x,)
    def __add__(self, o):
        if isinstance(o, P):
            return P(self.x + o.x)
        if isinstance(o, (int, float)):
            return P(self.x + o)
        return NotImplemented
    def __mul__(self, o):
        return P(self.x * o)
    def __truediv__(self, o):
        return P(self.x / o)
def ops(p, o):
    out = []
    for _ in range(3):
        out.append(p + o)
    return out
def run():
    p = P(1)
    print(ops(p, p), ops(p, 2), ops(p, 0.5), ops(p, R()), p * 3, p / 4)
    try:
        ops(p, "s")
    except TypeError:
        print("TypeError")
for _ in range(3):
    run()
P.__add__ = other_add
run()
