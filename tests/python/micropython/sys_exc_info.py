# sys.exc_info inside and outside an except block
import sys
print(sys.exc_info())
try:
    raise ValueError("bad")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t is ValueError, type(v).__name__, v.args, tb is not None)
print(sys.exc_info())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(f())
