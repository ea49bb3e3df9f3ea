# staticmethod and classmethod
class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def make(cls):
        return cls()

    @classmethod
    def how_many(cls):
        return cls.instances

    @staticmethod
    def add(a, b):
        return a + b

c = Counter.make()
Counter()
print(Counter.how_many(), c.how_many())
print(Counter.add(2, 3), c.add(4, 5))

class Sub(Counter):
    pass

s = Sub.make()
print(type(s).__name__, Sub.how_many())

# classmethod receives the class it was called on
class A:
    @classmethod
    def who(cls):
        return cls.__name__
class B(A):
    pass
print(A.who(), B.who(), B().who())

# staticmethod/classmethod wrappers created explicitly
def plain(x):
    return x * 2
class W:
    s = staticmethod(plain)
    c = classmethod(lambda cls, y: (cls.__name__, y))
print(W.s(4), W().s(5), W.c(1), W().c(2))
print(type(W.__dict__["s"]).__name__, type(W.__dict__["c"]).__name__)
