# In MicroPython bool is not a subclass of int for isinstance/issubclass,
# although bools still behave as integers in arithmetic.
print(isinstance(True, int), isinstance(False, int), issubclass(bool, int))
print(isinstance(True, bool), isinstance(1, bool))
print(True + 1, True * 3, False - 1, 1 == True, hash(True) == hash(1))
print({1: "one"}[True], [10, 20][True])

# nested tuples in the second argument of isinstance are not searched
class A:
    pass
print(isinstance(A(), (int, A)), isinstance(A(), (int, (A,))))
