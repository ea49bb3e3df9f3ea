# isinstance and issubclass
class A:
    pass
class B(A):
    pass
class C:
    pass
class D(B, C):
    pass

b, d = B(), D()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(d, A), isinstance(d, C), isinstance(d, (int, C)))
print(isinstance(b, ()), isinstance(b, (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(D, (C,)))
print(issubclass(D, object), isinstance(A, type), isinstance(A, object))

# builtin types
print(isinstance(1, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance([], (tuple, list)))
print(isinstance(None, object), issubclass(int, object))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(len, object), isinstance(print, type))

# errors for non-class second argument
try:
    isinstance(1, 1)
except TypeError:
    print("TypeError isinstance")
try:
    issubclass(1, int)
except TypeError:
    print("TypeError issubclass")
