# repr and str of non-ASCII strings
print(repr("\u00e9"), repr("\u20ac"), repr("\U0001f600"), repr("\u4e2d\u6587"), repr("a\u00e9\n"))
print(str("\u00e9"), ["\u00e9", "\U0001f600"], ("\u20ac",), {"\u00e9": "\u00e8"})
print("%s|%r" % ("\u00e9", "\u00e9"), "{}|{!r}".format("\U0001f600", "\U0001f600"))
