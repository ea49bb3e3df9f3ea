# type() of values and type() to create classes
print(type(1).__name__, type(1.0).__name__, type("").__name__, type(b"").__name__, type(None).__name__, type(True).__name__)
print(type([]).__name__, type(()).__name__, type({}).__name__, type(set()).__name__, type(range(1)).__name__, type(len).__name__)
print(type(1) is int, type(type) is type, type(int) is type, type(1j).__name__, type(print).__name__)
def f():
    pass
print(type(f).__name__, type(lambda: 0).__name__, type((x for x in [])).__name__)
class A:
    pass
print(type(A()) is A, type(A) is type, A.__name__)
T = type("T", (A,), {"v": 5, "m": lambda self: self.v * 2})
t = T()
print(T.__name__, t.v, t.m(), isinstance(t, A))
