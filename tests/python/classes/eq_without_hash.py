# a class that defines __eq__ but not __hash__
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

a, b = P(1), P(1)
print(a == b, a != b, a == 1)
print([a].count(b), b in [a], [P(2), a].index(b))
try:
    s = {a, b}
    print("hashable, set size", len(s))
except TypeError:
    print("TypeError: unhashable")

# explicitly unhashable
class U:
    __hash__ = None
try:
    hash(U())
except TypeError:
    print("TypeError: U is unhashable")
