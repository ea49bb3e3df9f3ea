# data and non-data descriptors (__get__, __set__, __delete__)
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return getattr(obj, "_" + self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        setattr(obj, "_" + self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, "_" + self.name)

class Rec:
    age = Typed("age", int)
    name = Typed("name", str)

r = Rec()
print(r.age)
r.age = 30
r.name = "bob"
print(r.age, r.name)
try:
    r.age = "old"
except TypeError as e:
    print("TypeError", e)
del r.age
print(r.age)
print(type(Rec.age).__name__)

# non-data descriptor: instance dict wins
class Constant:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class C:
    c = Constant()

o = C()
print(o.c)
o.c = "from instance"
print(o.c)

# a descriptor that binds like a method
class Bind:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        return lambda *a: self.fn(obj, *a)

class D:
    @Bind
    def hello(self, x):
        return "hello %s from %s" % (x, type(self).__name__)
print(D().hello("world"))
