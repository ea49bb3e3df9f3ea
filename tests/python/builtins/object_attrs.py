# plain object() instances have no __dict__ and reject new attributes
o = object()
print(type(o).__name__, hasattr(o, "x"), hasattr(o, "__dict__"))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "x"))
class A:
    pass
a = A()
a.x = 1
print(a.x, hasattr(a, "__dict__"))
