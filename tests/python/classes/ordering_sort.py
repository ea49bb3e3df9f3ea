# rich comparisons and sorting of user objects
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return ".".join(str(p) for p in self.parts)

vs = [Version(s) for s in ["1.10", "1.2", "0.9.9", "1.2.1", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
print(Version("1.0") < Version("1.1"), Version("2.0") >= Version("2.0"))
print(Version("3.0") > Version("2.9"), Version("1.0") <= Version("0.1"))
vs.sort()
print(vs)

# only __lt__ defined: sort works
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "L%d" % self.v

print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
print(OnlyLt(5) < OnlyLt(3))

# comparing unrelated objects without ordering methods raises TypeError
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError:
    print("TypeError")
