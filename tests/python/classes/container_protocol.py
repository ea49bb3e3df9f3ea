# __getitem__, __setitem__, __delitem__, __contains__ on a user container
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __contains__(self, k):
        return k in self.data
    def __len__(self):
        return len(self.data)

s = Store()
s["a"] = 1
s[2] = "two"
s[(1, 2)] = "tuple key"
print(s["a"], s[2], s[1, 2])
print("a" in s, "b" in s, "b" not in s, len(s))
del s["a"]
print("a" in s, len(s))
try:
    s["missing"]
except KeyError as e:
    print("KeyError", repr(e.args[0]))
s[2] += "!"
print(s.data[2])

# slices are passed as slice objects
class Sliceable:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        return ("index", k)
    def __setitem__(self, k, v):
        print("setitem", type(k).__name__, v)
    def __delitem__(self, k):
        print("delitem", type(k).__name__)

x = Sliceable()
print(x[1], x[1:5], x[::2], x[-1])
x[1:2] = [0]
del x[:3]

# object without __setitem__
class RO:
    def __getitem__(self, i):
        return i
try:
    RO()[0] = 1
except TypeError:
    print("TypeError no item assignment")
