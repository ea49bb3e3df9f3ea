# class decorators
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls

@add_hello
class A:
    pass

print(A().hello())

registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco

@register("first")
class First:
    pass

@register("second")
@add_hello
class Second:
    pass

print(sorted(registry), registry["second"]().hello())

# decorator replacing the class with an instance (singleton)
def singleton(cls):
    return cls()

@singleton
class Config:
    value = 3

print(type(Config).__name__, Config.value)

# decorating methods with staticmethod/classmethod/property plus custom decorator
def loud(fn):
    def w(*a):
        return str(fn(*a)).upper()
    return w

class B:
    @staticmethod
    @loud
    def s(x):
        return "static " + x

    @property
    @loud
    def p(self):
        return "prop"

print(B.s("x"), B().p)
