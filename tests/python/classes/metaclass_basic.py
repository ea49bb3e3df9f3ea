# basic metaclasses: subclasses of type
# (MicroPython does not support the metaclass= keyword in class statements,
# nor type.__new__, so the metaclass is called directly and customises
# classes through __init__, __call__ and its own methods)
class Meta(type):
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name, sorted(k for k in ns if not k.startswith("__")))
        cls.registered = True

    def describe(cls):
        return "class " + cls.__name__

def hello(self):
    return "hello from " + type(self).__name__

Dyn = Meta("Dyn", (), {"x": 1, "hello": hello})
print(type(Dyn).__name__, Dyn.x, Dyn.registered, Dyn.describe())
print(Dyn().hello(), isinstance(Dyn, type), isinstance(Dyn, Meta))
print(hasattr(Dyn(), "describe"))

# __call__ on the metaclass intercepts instance creation
class Counting(type):
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return args
P = Counting("P", (), {})
print(P(1, 2))

# type is the metaclass of ordinary classes
class Plain:
    pass
print(type(Plain) is type, type(type) is type, isinstance(Plain, type))
print(type(1) is int, type("s") is str, type(None).__name__)
