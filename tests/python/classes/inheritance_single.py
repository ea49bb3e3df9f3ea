# single inheritance, overriding, extending
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "woof"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"

    def describe(self):
        return "little " + super().describe()

for a in (Animal("generic"), Dog("rex"), Puppy("bit")):
    print(a.describe())

print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(isinstance(Puppy("x"), Dog), type(Puppy("x")) is Dog)
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__)

# inherited __init__ and attribute lookup through the chain
class Base:
    def __init__(self):
        self.base_init = True
    def who(self):
        return "Base"

class Mid(Base):
    pass

class Leaf(Mid):
    pass

l = Leaf()
print(l.base_init, l.who())

# methods can be added to a base class after subclassing
Base.late = lambda self: "late method"
print(l.late())
