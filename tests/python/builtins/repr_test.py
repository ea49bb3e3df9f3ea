# repr() builtin on various objects
print(repr(1), repr(1.5), repr("s"), repr(b"b"), repr(None), repr(True), repr([1]), repr((1,)), repr({1: 2}))
print(repr(int), repr(str), repr(ValueError), repr(ValueError("m")), repr(range(2)))
class A:
    def __repr__(self):
        return "A!"
print(repr(A()), repr([A()]))
class B:
    pass
r = repr(B())
print(r.startswith("<"), "B object at" in r, r.endswith(">"))
def f():
    pass
print(repr(f).startswith("<function f"))
print(repr(len), repr(print))
