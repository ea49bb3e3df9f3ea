# class definition, instantiation, methods, attributes
class Point:
    """A 2D point."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, type(q) is Point)
print(Point(5).y)
print(Point.__name__, isinstance(p, Point), isinstance(3, Point))

# attributes can be added dynamically
p.label = "P"
print(p.label, hasattr(p, "label"), hasattr(q, "label"))
print(getattr(p, "missing", "default"))
setattr(q, "z", 9)
print(q.z)
delattr(q, "z")
print(hasattr(q, "z"))

# calling a method through the class
print(Point.norm2(q))

# class body executes at definition time
class Loud:
    print("in class body")
    a = 1
    b = a + 1
print(Loud.b)

# instances without __init__
class Bare:
    pass
b = Bare()
print(type(b).__name__)
