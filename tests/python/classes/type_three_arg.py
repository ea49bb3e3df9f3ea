# type(name, bases, dict) creates classes dynamically
def init(self, v):
    self.v = v

Point = type("Point", (), {"dims": 2, "__init__": init, "get": lambda self: self.v})
p = Point(5)
print(Point.__name__, Point.dims, p.v, p.get(), type(p) is Point)

class Base:
    def hello(self):
        return "base hello"

Sub = type("Sub", (Base,), {"extra": 1})
s = Sub()
print(s.hello(), s.extra, isinstance(s, Base), issubclass(Sub, Base))
print([c.__name__ for c in Sub.__bases__])

# dynamic classes with special methods
Vec = type("Vec", (), {
    "__init__": lambda self, *c: setattr(self, "c", c),
    "__add__": lambda self, o: Vec(*[a + b for a, b in zip(self.c, o.c)]),
    "__repr__": lambda self: "Vec%r" % (self.c,),
    "__len__": lambda self: len(self.c),
})
print(Vec(1, 2) + Vec(3, 4), len(Vec(1, 2, 3)))

# one-argument form returns the type
print(type(p) is Point, type(Vec) is type, type(3).__name__)
