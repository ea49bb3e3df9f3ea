# getattr, setattr, hasattr, delattr
class O:
    cls_attr = "C"
o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), hasattr(o, "x"), hasattr(o, "y"))
delattr(o, "x")
print(hasattr(o, "x"), getattr(o, "x", None))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__)
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(1, "real") or True)
setattr(O, "new", 5)
print(o.new, O.new)
try:
    setattr(5, "x", 1)
except AttributeError:
    print("AttributeError")
try:
    getattr(o, 5)
except TypeError:
    print("TypeError")
