# __repr__ and __str__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"

class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"

class StrOnly:
    def __str__(self):
        return "str only"

b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b))
print(r, repr(r), str(r))
print(s, str(s))
print([b, r], (b,), {"k": r})
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(f"{b} {b!r}")

# default repr mentions the class name
class Plain:
    pass
print(repr(Plain()).startswith("<Plain object at "))

# repr used by containers even when __str__ exists
print(str([s]).startswith("[<StrOnly object at "))

# __repr__ inherited
class Sub(ReprOnly):
    pass
print(Sub())
