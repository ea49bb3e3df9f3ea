# A method call site must notice every change that alters what o.m() calls:
# the method replaced on the class or a base, shadowed or unshadowed by an
# instance attribute, deleted, the instance's class changed, and sites that
# see several classes.


class A:
    def m(self, x):
        return "A.m %s" % x

    def n(self):
        return "A.n"


class B(A):
    pass


class C:
    def m(self, x):
        return "C.m %s" % x


def call(o, x):
    return o.m(x)


def call0(o):
    return o.n()


a = A()
b = B()
for i in range(6):
    print(call(a, i), call(b, i), call0(a))

# replaced on the class
A.m = lambda self, x: "new A.m %s" % x
print(call(a, 1), call(b, 2))


# replaced on the base only through a new function
def m2(self, x):
    return "m2 %s" % x


A.m = m2
print(call(a, 3), call(b, 4))

# overridden in the subclass later
B.m = lambda self, x: "B.m %s" % x
print(call(a, 5), call(b, 6))

# shadowed by an instance attribute, then unshadowed (after the site has
# cached m2 for A)
for i in range(3):
    print(call(a, i))
a.m = lambda x: "instance m %s" % x
print(call(a, 7))
del a.m
print(call(a, 8))

# a polymorphic site
c = C()
for o in (a, c, b, c, a):
    print(call(o, 9))

# deleted from the class
del A.n
try:
    call0(a)
except AttributeError:
    print("AttributeError")
A.n = lambda self: "A.n again"
print(call0(a))


# a method with a default argument and one with *args at the same site
class D:
    def m(self, x, y=5):
        return "D.m %s %s" % (x, y)


class E:
    def m(self, *args):
        return "E.m %s" % (args,)


for o in (D(), E(), D()):
    print(call(o, 11))


# __getattr__ does not get in the way of methods; __getattribute__ added later
class F:
    def m(self, x):
        return "F.m %s" % x

    def __getattr__(self, name):
        return lambda x: "getattr %s %s" % (name, x)


f = F()
print(call(f, 12), f.other(13))
