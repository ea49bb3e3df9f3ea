# __name__, __class__, __dict__, __bases__ and friends
class Parent:
    pa = 1
class Child(Parent):
    """doc"""
    ca = 2
    def m(self):
        pass

c = Child()
c.inst = 3
print(Child.__name__, c.__class__.__name__, c.__class__ is Child)
print(Child.__bases__ == (Parent,), Parent.__bases__ == (object,))
print(sorted(k for k in Child.__dict__ if not k.startswith("__")))
print(sorted(c.__dict__.items()))
print("pa" in Child.__dict__, "pa" in Parent.__dict__)
print(type(c).__name__, type(Child).__name__)
print(Child.ca, getattr(Child, "pa"), hasattr(Child, "m"))
print(c.__class__.__bases__[0].__name__)
# calling __class__ makes a new instance
n = c.__class__()
print(type(n) is Child, n is not c)
