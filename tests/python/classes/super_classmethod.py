# super() in classmethods and staticmethods
class Base:
    registry = []

    @classmethod
    def create(cls, v):
        print("Base.create for", cls.__name__)
        obj = cls()
        obj.v = v
        return obj

    @classmethod
    def kind(cls):
        return "base"

class Sub(Base):
    @classmethod
    def create(cls, v):
        obj = super().create(v * 2)
        print("Sub.create got", type(obj).__name__)
        return obj

    @classmethod
    def kind(cls):
        return "sub<" + super().kind() + ">"

o = Sub.create(5)
print(o.v, type(o).__name__)
print(Sub.kind(), Base.kind(), Sub().kind())

class SubSub(Sub):
    pass
o2 = SubSub.create(1)
print(o2.v, type(o2).__name__, SubSub.kind())
