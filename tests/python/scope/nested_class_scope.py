# nested classes and name resolution from methods
class Outer:
    value = "outer value"

    class Inner:
        value = "inner value"

        def get(self):
            # class scopes are skipped: Outer is found as a global
            return Outer.value, self.value

    def make_inner(self):
        return self.Inner()

i = Outer().make_inner()
print(i.get())
print(Outer.Inner.__name__, type(i).__name__)

# methods referring to their own class by name (global lookup at call time)
class Node:
    def child(self):
        return Node()
n = Node().child()
print(type(n).__name__)

# class attribute referring to another class attribute via the class name fails
# in the body, because the class does not exist yet
try:
    class Broken:
        a = 1
        b = Broken.a
except NameError:
    print("NameError: class name not bound during body")

# functions defined in a function can see a class defined there
def factory():
    class Local:
        pass
    def make():
        return Local()
    return make
print(type(factory()()).__name__)
