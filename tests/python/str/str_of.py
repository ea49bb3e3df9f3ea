# str() and repr() of various objects
print(str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}), str(b"x"))
print(str(), str(""), str("abc"), str(str), str(int), str(ValueError("bad")), str(ValueError()))
print(repr("a"), repr(1), repr([None, True]), repr((1, "b")), repr(bytearray(b"ab")), repr(set()))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
print(str(A()), repr(A()), [A()], str(B()), "%s %r" % (A(), A()))
print(str(KeyError()), repr(ValueError("x", 2)), str(ValueError("x", 2)))
print(str(range(3)), str(range(1, 5, 2)))
