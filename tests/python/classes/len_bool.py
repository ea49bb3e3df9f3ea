# __len__ and __bool__ and how truth testing uses them
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
if not Sized(0):
    print("empty is falsy")

class Flag:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("__bool__")
        return self.b

print(bool(Flag(True)), bool(Flag(False)))
print("yes" if Flag(True) else "no")
while Flag(False):
    pass
print(not Flag(True))

# __bool__ takes precedence over __len__
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))

# objects without either are truthy
class Neither:
    pass
print(bool(Neither()))

# len() of object without __len__
try:
    len(Neither())
except TypeError:
    print("TypeError no len")
