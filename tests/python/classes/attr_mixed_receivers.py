# one attribute-load site and one store site seeing every kind of receiver:
# instances of plain classes, built-in values, None, classes
class P:
    pass

def load_x(o):
    try:
        return o.x
    except AttributeError:
        return "AttributeError"

p = P()
p.x = "p.x"
for o in (p, 5, 2.5, 1 + 2j, True, 2**70, "s", None, [1], (1,), {}, P):
    print(load_x(o))
P.x = "P.x"
print(load_x(P()), load_x(P), load_x(p))

def load_upper(o):
    try:
        return o.upper()
    except AttributeError:
        return "AttributeError"

p.upper = lambda: "p.upper()"
for o in ("abc", p, None, 3, P()):
    print(load_upper(o))

def store(o, v):
    try:
        o.tag = v
        return o.tag
    except AttributeError:
        return "AttributeError"

print(store(p, 1), store(P, 2), p.tag, P.tag, P().tag)
for o in (5, None, "s", [], 2.5, True, 2**70):
    print(store(o, 3))
# a class attribute seen through an instance, then shadowed, then deleted
P.shared = "class"
r = P()
def load_shared(o):
    return o.shared
print(load_shared(r))
r.shared = "instance"
print(load_shared(r))
del r.shared
print(load_shared(r))
print(load_shared(P))
