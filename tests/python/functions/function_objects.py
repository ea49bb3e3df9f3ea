# attributes and identity of function objects
def f(a, b=2):
    "docstring"
    return a + b

print(f.__name__, type(f).__name__)
g = f
print(g is f, g(1), g.__name__)

class C:
    def meth(self):
        return self
    @staticmethod
    def st():
        return "st"
    @classmethod
    def cm(cls):
        return cls.__name__

c = C()
print(C.meth.__name__, c.meth.__name__)
print(type(c.meth).__name__)
print(c.meth() is c, C.meth(c) is c)
print(C.st(), c.st(), C.cm(), c.cm())
m = c.meth
print(m() is c)
print(c.meth == c.meth, c.meth is c.meth)

# functions are hashable and usable as dict keys
d = {f: "f", C.meth: "meth"}
print(d[f], d[C.meth])
print(sorted([f.__name__, C.st.__name__]))
