# property with getter, setter and deleter
class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        print("get")
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("delete")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32

t = Temp()
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
del t.celsius
print(t._c)

# read-only property
try:
    t.fahrenheit = 5
except AttributeError:
    print("AttributeError: can't set")

# property() called directly
class P:
    def _get(self):
        return "got"
    def _set(self, v):
        self.stored = v
    x = property(_get, _set)

p = P()
p.x = 5
print(p.x, p.stored, type(P.x).__name__)

# property is inherited and can be overridden
class Q(P):
    @property
    def x(self):
        return "overridden"
print(Q().x)
