# reflected (right-hand) operators and NotImplemented
class Money:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Money(%d)" % self.v
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.v + o.v)
        if isinstance(o, int):
            return Money(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return self.__add__(o)
    def __rsub__(self, o):
        return Money(o - self.v)
    def __rmul__(self, o):
        return Money(o * self.v)

m = Money(5)
print(m + 1, 1 + m, m + m)
print(10 - m, 3 * m)
print(sum([Money(1), Money(2)], Money(0)))
print(sum([Money(1), Money(2)]))
try:
    m + "x"
except TypeError:
    print("TypeError for str")
try:
    "x" + m
except TypeError:
    print("TypeError for str on left")

# left operand returns NotImplemented -> right's reflected method tried
class L:
    def __add__(self, o):
        print("L.__add__")
        return NotImplemented
class R:
    def __radd__(self, o):
        print("R.__radd__")
        return "R wins"
print(L() + R())
