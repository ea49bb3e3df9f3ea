# exceptions in with bodies, suppression by __exit__
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc.args) if exc else None)
        return self.suppress

try:
    with CM("a"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

with CM("b", True):
    raise KeyError("k")
print("suppressed, continuing")

# inner suppresses: outer sees no exception
with CM("outer"):
    with CM("inner", True):
        1 / 0
    print("after inner")

# multiple items: the second suppresses, the first sees nothing
with CM("first") as a, CM("second", True) as b:
    raise RuntimeError("x")
print("after multi")

# exception in __enter__: __exit__ of that manager not called
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")

    def __exit__(self, *a):
        print("not called")

try:
    with CM("ok"), BadEnter():
        print("no body")
except OSError as e:
    print("caught", e)

# truthy non-bool return suppresses too
class Truthy:
    def __enter__(self):
        return None

    def __exit__(self, *a):
        return 1

with Truthy():
    raise TypeError
print("truthy suppress")

# exception in __exit__ replaces the original
class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise IndexError("from exit")

try:
    with BadExit():
        raise ValueError("orig")
except Exception as e:
    print(type(e).__name__, e)
