# __new__ controls instance creation
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("__init__ runs each time")

a = Singleton()
b = Singleton()
print(a is b)

# __new__ receives the constructor arguments
class Tagged:
    def __new__(cls, tag, *rest):
        print("__new__", cls.__name__, tag, rest)
        obj = object.__new__(cls)
        obj.tag = tag
        return obj
    def __init__(self, tag, *rest):
        print("__init__", tag, rest)

t = Tagged("x", 1, 2)
print(t.tag)

# __init__ is not called if __new__ returns an object of another class
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())

# __new__ inherited by a subclass gets the subclass as cls
class Base:
    def __new__(cls, *a):
        print("Base.__new__ for", cls.__name__)
        return object.__new__(cls)
class Derived(Base):
    def __init__(self, v):
        self.v = v
d = Derived(5)
print(type(d).__name__, d.v)
