# subclassing int and str
class MyInt(int):
    def double(self):
        return self * 2

m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, isinstance(m, int))
print(m == 21, hash(m) == hash(21), MyInt("7") + 1)
print({m: "key"}[21])

class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("alice")
print(n, n.shout(), len(n), n[0], n + "x", type(n + "x").__name__)
print(n == "alice", isinstance(n, str), "lic" in n, n.startswith("al"))
print(repr(Name("q")))

class Celsius(float):
    def fahrenheit(self):
        return self * 9 / 5 + 32
print(Celsius(100).fahrenheit(), Celsius(1.5) + 1)

class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((1, 2))
print(p, p.first(), len(p), p + (3,))
