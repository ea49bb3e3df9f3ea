# namedtuple: construction, field access, tuple behaviour
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p)
print(repr(p), str(p))
print(p.x, p.y, p[0], p[1], p[-1])
print(len(p), bool(p), list(p))
print(isinstance(p, tuple), type(p) is Point)
print(p == (1, 2), (1, 2) == p, p != (2, 1))
print(hash(p) == hash((1, 2)))
print(p + (3,), p * 2, p[:1])
x, y = p
print(x, y)
print(1 in p, 5 in p)

# keyword and mixed construction
print(Point(y=20, x=10), Point(5, y=6))
print(Point(*[7, 8]), Point(**{"x": 1, "y": 0}))

# fields given as a list or tuple; whitespace-separated string
P3 = namedtuple("P3", ["a", "b", "c"])
print(P3(1, 2, 3))
P4 = namedtuple("P4", ("first", "second"))
print(P4("a", "b").second)
P5 = namedtuple("P5", "  one\ttwo\nthree ")
print(P5(1, 2, 3))

# empty and single-field namedtuples
E = namedtuple("E", [])
print(E(), len(E()))
S = namedtuple("S", "v")
print(S(42), S(v=[1, 2]))

# comparison and sorting like tuples
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print(Point(1, 2) < Point(1, 3), max(Point(0, 9), Point(1, 0)))

# usable as dict keys and in sets
d = {Point(0, 0): "origin"}
print(d[(0, 0)], d[Point(0, 0)])
print(len({Point(1, 1), (1, 1)}))

# %-formatting takes a namedtuple as the args tuple
print("(%d, %d)" % p)

# nested values
Line = namedtuple("Line", "start end")
print(Line(Point(0, 0), Point(1, 1)))
print(Line(Point(0, 0), Point(1, 1)).end.y)
