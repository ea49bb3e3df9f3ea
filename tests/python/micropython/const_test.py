# micropython.const for integer constants
import micropython
from micropython import const
X = const(10)
_Y = const(X * 2 + 1)
BIG = const(1 << 40)
NEG = const(-5)
print(X, _Y, BIG, NEG, X + _Y, type(X).__name__)
def f():
    return X * 3
print(f(), micropython.const(7), const("str") if False else "ok")
class C:
    K = const(3)
print(C.K)
