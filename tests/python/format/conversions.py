# !s and !r conversions
class A:
    def __str__(self):
        return "str-A"
    def __repr__(self):
        return "repr-A"
print("{} {!s} {!r}".format(A(), A(), A()))
print("{!r} {!s} {!r}".format("hi", "hi", 5), "{0!r:>8}".format("ab"))
print("[{!r:10}]".format("x"), "[{!s:^7}]".format(12))
try:
    "{!x}".format(1)
except ValueError as e:
    print(type(e).__name__)
