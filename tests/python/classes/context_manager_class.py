# a class-based context manager that records and optionally handles errors
class Recorder:
    def __init__(self, handle=()):
        self.handle = handle
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("exit:" + (et.__name__ if et else "ok"))
        return et is not None and issubclass(et, self.handle)

with Recorder() as r:
    r.log.append("body")
print(r.log)

r = Recorder(handle=(KeyError,))
with r:
    {}["x"]
print(r.log)

r = Recorder(handle=(LookupError,))
with r:
    [][0]
print(r.log)

r = Recorder(handle=(KeyError,))
try:
    with r:
        1 / 0
except ZeroDivisionError:
    print("not handled:", r.log)

# reusable context manager
r = Recorder()
for i in range(2):
    with r:
        pass
print(r.log)

# the same object can be entered in nested with statements
class Depth:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
d = Depth()
with d as one:
    with d as two:
        print(one, two, d.depth)
print(d.depth)
