# operators with a Python instance on the left, called inside plain
# functions (many times, so they run as compiled plain code): the left
# special method, and NotImplemented falling back to the right operand's
# reflected method. (Left out: a right subclass overriding the reflected
# method, and the reflected method of the same class, where CPython and
# MicroPython differ; binary_dispatch.py has the rest.)


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, (int, float)):
            return V(self.x + o)
        return NotImplemented

    def __radd__(self, o):
        return ("radd", o)

    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return ("V.rsub", o.x if isinstance(o, V) else o)

    def __mul__(self, o):
        return V(self.x * o)

    def __truediv__(self, o):
        return V(self.x / o)

    def __repr__(self):
        return "V(%r)" % self.x


class N:
    pass


class R:
    def __radd__(self, o):
        return ("R.radd", o.x)

    def __rsub__(self, o):
        return ("R.rsub", o.x)


def ops(a, b):
    out = []
    for i in range(3):
        out.append(a + b)
    return out


def run():
    v = V(1)
    print(ops(v, v), ops(v, 2), ops(v, 0.5))
    print(ops(v, R()))
    try:
        ops(v, "s")
    except TypeError:
        print("TypeError")
    print(v - R(), v * 3, v / 4)
    try:
        v - 5
    except TypeError as e:
        print("TypeError")
    try:
        ops(v, N())
    except TypeError:
        print("TypeError")
    print([(V(i) + V(1)).x for i in range(3)], (V(2) * 2.5).x)


for _ in range(3):
    run()
