# dir() basics (MicroPython's standard build has no vars())
class P:
    cls = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
p = P()
print(sorted(p.__dict__.items()))
d = dir(p)
print("a" in d, "b" in d, "method" in d, "cls" in d, "zzz" in d)
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
import sys
print("path" in dir(sys), type(dir()).__name__)
x_global = 1
print("x_global" in dir())
