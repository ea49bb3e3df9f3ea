# Operands are evaluated left to right even where generated code writes an
# operand twice (inline number fast paths, method call caches): a later
# operand that rebinds an earlier variable must not change its value.
def outer():
    x = 1
    def g():
        nonlocal x
        x = 100
        return 1
    r = x + g()
    return r, x
for _ in range(3):
    print(outer())
def w():
    x = 1
    a = x + (x := 5)
    b = x < (x := 2)
    return a, b, x
for _ in range(3):
    print(w())
class A:
    def m(self, v): return ("A", v)
class B:
    def m(self, v): return ("B", v)
def calls():
    o = A()
    out = []
    for i in range(4):
        o = A()
        r = o.m((o := B()))
        out.append((r[0], type(r[1]).__name__))
    return out
for _ in range(3):
    print(calls())
def h():
    n = 1
    def inc():
        nonlocal n
        n += 10
        return n
    return n - inc(), n
for _ in range(3):
    print(h())
