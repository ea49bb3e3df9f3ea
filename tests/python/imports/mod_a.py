# helper module for the import tests (no .exp: not a test itself)
print("loading mod_a, __name__ =", __name__)
value = 42
_private = "hidden"

def greet(who):
    return "hello " + who

class Thing:
    def __repr__(self):
        return "Thing()"
