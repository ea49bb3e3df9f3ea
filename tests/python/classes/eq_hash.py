# __eq__, __ne__ and __hash__
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return "Key(%r)" % self.k

a, b, c = Key(1), Key(1), Key(2)
print(a == b, a == c, a != b, a != c, a is b)
print(a == 1, 1 == a)
d = {a: "first"}
d[b] = "second"
print(len(d), d[Key(1)])
s = {Key(1), Key(1), Key(2)}
print(len(s))
print(Key(2) in s, Key(3) in s, a in [c, b])

# default equality is identity, default hash works
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), len({p, p}))

# __ne__ derived from __eq__ automatically
class OnlyEq:
    def __eq__(self, other):
        print("__eq__ called")
        return True
print(OnlyEq() != OnlyEq())

# __eq__ returning NotImplemented falls back to identity
class NI:
    def __eq__(self, other):
        return NotImplemented
n = NI()
print(n == n, n == NI())
