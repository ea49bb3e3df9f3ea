# __getattr__ is called only for missing attributes
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self.target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p.target)
print(p.count(1))
print(p.target is p.target)

class Dynamic:
    exists = "real"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(name)

d = Dynamic()
print(d.exists, d.get_foo(), d.get_bar())
print(hasattr(d, "get_x"), hasattr(d, "other"))
print(getattr(d, "nope", "default"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e)
d.exists = "instance"
print(d.exists)
