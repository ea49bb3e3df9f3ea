# __set_name__ is called on descriptors when the owning class is created
class Field:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, "_" + self.name, "default-" + self.name)
    def __set__(self, obj, value):
        setattr(obj, "_" + self.name, value)

class Model:
    first = Field()
    second = Field()
    plain = 3

m = Model()
print(m.first, m.second)
m.first = "one"
print(m.first, Model.first.name, Model.second.name)

# a later assignment to the class does not call __set_name__
Model.third = Field()
print(hasattr(Model.third, "name"))
