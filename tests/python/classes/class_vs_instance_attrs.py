# class attributes vs instance attributes
class C:
    shared = []
    count = 0

    def __init__(self, name):
        self.name = name
        C.count += 1

    def add(self, v):
        self.shared.append(v)

a = C("a")
b = C("b")
a.add(1)
b.add(2)
print(a.shared, b.shared, C.shared, a.shared is C.shared)
print(C.count, a.count)

# assigning through an instance shadows the class attribute
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)

# rebinding the class attribute is seen by all instances without their own
C.count = 7
print(a.count, b.count)

# instance __dict__ holds only instance attributes
print(sorted(a.__dict__.items()))
print("shared" in C.__dict__, "name" in C.__dict__)

# class attribute holding a function becomes a method
def extra(self):
    return "extra " + self.name
C.extra = extra
print(a.extra(), b.extra())

# instance attribute holding a function is not bound
a.fn = lambda: "plain function"
print(a.fn())
