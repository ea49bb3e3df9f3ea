class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self): return self._x * 10
    @x.setter
    def x(self, v): self._x = v
p = P(); p.x = 3; print(p.x, p._x)
class G:
    def __getattribute__(self, n): return "ga:" + n
g = G(); print(g.foo)
class S:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
s = S(); s.a = 4; print(s.a)
class D:
    pass
d = D(); d.a = 1
D.a = property(lambda self: "prop")
print(d.a)
class Q: pass
q = Q(); q.y = 5
def f(o): return o.y
print(f(q), f(q))
Q.y = property(lambda self: "later")
print(f(q))
class R:
    def __getattr__(self, n): return "missing:" + n
r = R(); r.z = 1; print(r.z, r.w)
