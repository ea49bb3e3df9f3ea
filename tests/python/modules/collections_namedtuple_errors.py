# namedtuple: argument and attribute errors
from collections import namedtuple

T = namedtuple("T", "foo bar")
t = T(1, 2)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)

show(lambda: T(1))
show(lambda: T(1, 2, 3))
show(lambda: T(foo=1))
show(lambda: T(1, foo=1))
show(lambda: T(1, baz=3))
show(lambda: T())
show(lambda: t.baz)
show(lambda: namedtuple("X", 1))

try:
    t.foo = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    t[0] = 5
except TypeError:
    print("TypeError")
try:
    del t.foo
except AttributeError:
    print("AttributeError")
print(t)
