# multiple inheritance
class Flyer:
    def fly(self):
        return "flying"
    def move(self):
        return "fly"

class Swimmer:
    def swim(self):
        return "swimming"
    def move(self):
        return "swim"

class Duck(Flyer, Swimmer):
    pass

class Fish(Swimmer):
    pass

d = Duck()
print(d.fly(), d.swim(), d.move())
print(isinstance(d, Flyer), isinstance(d, Swimmer), issubclass(Duck, Swimmer))
print([b.__name__ for b in Duck.__bases__])

# left-most base wins for attributes defined in several bases
class A:
    x = "A"
class B:
    x = "B"
    y = "B.y"
class AB(A, B):
    pass
class BA(B, A):
    pass
print(AB.x, BA.x, AB.y)

# mixin calling a method of the other base
class GreetMixin:
    def greet(self):
        return "hello, " + self.name()
class Named:
    def name(self):
        return "named"
class Person(GreetMixin, Named):
    pass
print(Person().greet())
