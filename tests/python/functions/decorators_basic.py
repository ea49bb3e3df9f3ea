# function decorators
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    return wrapper

@trace
def add(a, b):
    return a + b

add(1, 2)
print(add.__name__)

# decorator applied at definition time
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def one():
    pass

@register
def two():
    pass

print(registry, one is not None)

# decorator returning something that isn't a function
def const(fn):
    return 42

@const
def ignored():
    pass

print(ignored)

# decorator can be a dotted name or a call
class NS:
    trace = staticmethod(trace)
    @staticmethod
    def make():
        return trace

@NS.trace
def mul(a, b):
    return a * b
mul(3, 4)

@NS.make()
def sub(a, b):
    return a - b
sub(3, 4)
