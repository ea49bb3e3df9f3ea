# attributes of exception objects
e = OSError(2, "ENOENT")
print(e.errno, e.args)
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print("OSError errno", e.errno, type(e).__name__)

e = StopIteration("v")
print(e.value)

# args is a tuple and can be inspected
e = ValueError(1, "two", [3])
print(e.args, len(e.args), e.args[2])

# user attributes on user-defined exception subclasses
class Err(Exception):
    pass
err = Err("m")
err.extra = 5
print(err.extra, err.args)

# exceptions compare by identity
a = ValueError("x")
b = ValueError("x")
print(a == a, a == b)

# type of exception instances and classes
print(type(a).__name__, isinstance(a, Exception), ValueError.__name__)
