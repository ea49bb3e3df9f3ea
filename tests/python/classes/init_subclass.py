# MicroPython does not implement PEP 487: __init_subclass__ is not called
# automatically when a subclass is created, but it can be called manually.
class Base:
    subclasses = []

    @classmethod
    def __init_subclass__(cls):
        print("__init_subclass__", cls.__name__)
        Base.subclasses.append(cls.__name__)

class A(Base):
    pass

class B(Base):
    pass

print(Base.subclasses)
A.__init_subclass__()
print(Base.subclasses)
