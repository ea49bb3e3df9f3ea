# instance attributes whose names mean something to the engine's JS
# objects (fields, Map methods, Object.prototype) are ordinary attributes
NAMES = ("type", "dict", "other", "get", "set", "has", "size", "keys",
         "values", "entries", "clear", "__proto__", "constructor",
         "toString", "valueOf", "hasOwnProperty", "1", "0", "$x", "b", "x")
class C:
    pass
d = C()
print([n for n in NAMES if hasattr(d, n)])
c = C()
for n in NAMES:
    setattr(c, n, n.upper())
print(sorted(c.__dict__.items()))
print(c.type, c.dict, c.other, c.get, c.size, c.keys, c.values, c.b, c.x)
print(getattr(c, "1"), getattr(c, "$x"), getattr(c, "__proto__"),
      getattr(c, "constructor"), getattr(c, "toString"))
c.size += "!"
print(c.size, len(c.__dict__))
del c.type
del c.get
print(hasattr(c, "type"), hasattr(c, "get"), len(c.__dict__))
print(sorted(c.__dict__))
try:
    c.type
except AttributeError:
    print("AttributeError")
print([n for n in NAMES if hasattr(d, n)])
