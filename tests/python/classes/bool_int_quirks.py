# bool is a subclass of int here (as in CPython; the reference MicroPython
# answers False to isinstance(True, int)), and bools act as integers.
print(isinstance(True, int), isinstance(False, int), issubclass(bool, int))
print(isinstance(True, bool), isinstance(1, bool))
print(True + 1, True * 3, False - 1, 1 == True, hash(True) == hash(1))
print({1: "one"}[True], [10, 20][True])

# nested tuples in the second argument of isinstance are not searched
class A:
    pass
print(isinstance(A(), (int, A)), isinstance(A(), (int, (A,))))
