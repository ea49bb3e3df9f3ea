# subclassing a namedtuple
from collections import namedtuple


class Vec(namedtuple("Vec", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


v = Vec(3, 4)
print(v, v.norm2(), v.scaled(2))
print(isinstance(v, tuple), type(v).__name__)
print(v == (3, 4), v[0], v.y, len(v))
a, b = v
print(a + b)

# a subclass instance can get new attributes
v.label = "arrow"
print(v.label, v)


class Named(namedtuple("Named", ["name", "size"])):
    def describe(self):
        return "%s:%d" % (self.name, self.size)


print(Named("n", 3), Named(size=1, name="m").describe())
print([n.name for n in sorted([Named("b", 1), Named("a", 2)])])
