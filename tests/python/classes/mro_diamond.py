# diamond inheritance uses the C3 MRO (as CPython; the reference MicroPython
# looks up depth-first, but C3 is what this engine implements)
class A:
    x = "A"
    def who(self):
        return "A.who"

class B(A):
    pass

class C(A):
    x = "C"
    def who(self):
        return "C.who"

class D(B, C):
    pass

print(D.x, D().who())

class E(C, B):
    pass
print(E.x, E().who())

# an attribute defined only in the second branch is still found
class F(A):
    only_f = "F"
class G(B, F):
    pass
print(G.only_f, G.x)
print(isinstance(G(), A), issubclass(G, F))
