class A:
    def __init__(self):
        self.x = 1
        self.__proto__ = 2
        self.constructor = 3
        self.toString = 4
a = A()
print(a.x, a.__proto__, a.constructor, a.toString, sorted(a.__dict__.items()))
setattr(a, "1", "one")
print(getattr(a, "1"), "1" in a.__dict__, len(a.__dict__))
del a.x
print(hasattr(a, "x"), len(vars(a)))
a.__dict__[5] = "five"
print(a.__dict__[5], len(a.__dict__))
a.__dict__.clear()
print(vars(a))
try: a.x
except AttributeError as e: print("AE", e)
print(hasattr(a, "hasOwnProperty"), hasattr(a, "valueOf"))
b = A(); b.y = 7
print(dir(b)[-3:], b.__dict__)
