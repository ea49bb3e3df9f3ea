# method calls with three arguments, plain and at call sites, on classes and builtins
class A:
    def m(self, a, b, c): return a + b + c
    def n(self, a, b, c=5): return a * b * c
def f():
    x = A()
    t = 0
    for i in range(10):
        t += x.m(i, 1, 2)
        y = x.n(i, 2, 3)
        t += y
        x.m(1, 2, 3)
    s = "a,b,c"
    print(s.replace(",", ";", 1), s.split(",", 1), "abc".find("b", 0, 3))
    return t
print(f())
