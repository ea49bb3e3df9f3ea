# in-place operators: __iadd__ etc., falling back to __add__
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __isub__(self, o):
        print("isub")
        self.v -= o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)

a = Acc(1)
orig = a
a += 5
a -= 2
a -= 1
print(a.v, a is orig)

# without __iadd__ the binary operator is used and rebinds
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
b = OnlyAdd(1)
ob = b
b += 1
print(b.v, b is ob, ob.v)

# __iadd__ returning something else rebinds the name to that
class Weird:
    def __iadd__(self, o):
        return "replaced"
w = Weird()
w += 1
print(w)

# in-place on list element and attribute
lst = [Acc(0)]
lst[0] += 7
print(lst[0].v)
class Holder:
    pass
h = Holder()
h.acc = Acc(10)
h.acc += 1
print(h.acc.v)
