# PEP 487: __init_subclass__ is called when a subclass is created (the
# reference MicroPython build does not call it; this engine does, as CPython)
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
