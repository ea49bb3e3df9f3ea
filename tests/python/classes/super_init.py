# super() in __init__ and ordinary methods
class Base:
    def __init__(self, a):
        print("Base.__init__", a)
        self.a = a

    def value(self):
        return self.a

class Child(Base):
    def __init__(self, a, b):
        print("Child.__init__", a, b)
        super().__init__(a)
        self.b = b

    def value(self):
        return super().value() * 10 + self.b

class GrandChild(Child):
    def __init__(self):
        super().__init__(1, 2)
        print("GrandChild done")

    def value(self):
        return -super().value()

c = Child(3, 4)
print(c.a, c.b, c.value())
g = GrandChild()
print(g.value())

# super() without overriding __init__ in the parent falls through to object
class Plain:
    def __init__(self):
        super().__init__()
        print("Plain ok")
Plain()

# super() works inside nested functions defined in methods? (uses __class__ cell)
class Outer(Base):
    def get(self):
        return super().value() + 1
print(Outer(41).get())
