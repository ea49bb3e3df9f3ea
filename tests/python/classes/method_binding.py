# bound and unbound methods
class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    def add(self, n):
        return self.v + n

a, b = C(1), C(2)
ga = a.get
print(ga(), C.get(b), C.add(a, 10))
fs = [x.get for x in (a, b)]
print([f() for f in fs])
a.v = 100
print(ga())

# bound methods passed as callbacks
print(list(map(a.add, [1, 2])))
print(sorted([C(3), C(1), C(2)], key=C.get)[0].v)

# methods of builtin types
append = [].append
lst = []
push = lst.append
push(1); push(2)
print(lst)
up = "abc".upper
print(up())
print(str.upper("xyz"), list.__len__([1, 2]) if hasattr(list, "__len__") else 2)

# calling an instance method without an instance
try:
    C.get()
except TypeError:
    print("TypeError missing self")

# rebinding a method on the instance shadows the class method
a.get = lambda: "shadowed"
print(a.get(), b.get())
