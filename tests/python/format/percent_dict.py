# % formatting with mapping and edge cases
print("%(a)s-%(b)r-%(a)s" % {"a": 1, "b": "x"})
print("%s" % "only", "%s %s" % ("a", "b"), "%d%%" % 50, "%%" % ())
print("%5.2f|%-8s|%08.3f" % (3.14159, "left", -2.5))
print("%c%c%c" % (72, 105, 33), "%s" % None, "%r" % None)
print("%x %o %X" % (-255, -8, 2**40))
try:
    "%(a)s" % {"b": 1}
except KeyError as e:
    print(type(e).__name__)
try:
    "%d %d" % (1,)
except TypeError as e:
    print(type(e).__name__)
