# isinstance and issubclass with classes and tuples of classes
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, ()), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(A, object))
print(isinstance(1, int), isinstance(1.0, int), isinstance("s", (int, str)), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(int, type), isinstance(b, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, Exception), issubclass(bool, object))
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(A, 1)):
    try:
        f()
    except TypeError:
        print("TypeError")
