# the two-argument form super(Class, obj)
class A:
    def hello(self):
        return "A"

class B(A):
    def hello(self):
        return "B>" + super(B, self).hello()

class C(B):
    def hello(self):
        return "C>" + super(C, self).hello()

    def skip(self):
        # skip B's implementation
        return super(B, self).hello()

c = C()
print(c.hello(), c.skip())
print(super(C, c).hello(), super(B, c).hello())

# super outside a class with explicit arguments
def free_function(obj):
    return super(B, obj).hello()
print(free_function(c))

# super with class as second argument for classmethods
class K:
    @classmethod
    def name(cls):
        return "K:" + cls.__name__
class L(K):
    @classmethod
    def name(cls):
        return "L>" + super(L, cls).name()
print(L.name())
