# __setattr__ and __delattr__ intercept assignment and deletion
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)

o = Logged()
o.x = 1
o.y = 2
o.x += 10
del o.y
print(o.log)
print(o.x, hasattr(o, "y"))

# read-only object
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
    def __delattr__(self, name):
        raise AttributeError("frozen")

f = Frozen(5)
print(f.v)
for action in ("set", "del"):
    try:
        if action == "set":
            f.v = 6
        else:
            del f.v
    except AttributeError as e:
        print(action, "->", e)
print(f.v)

# setattr() builtin goes through __setattr__
setattr(o, "z", 3)
print(o.log[-1])
