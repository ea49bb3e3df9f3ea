# keyword-only parameters
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, c=4, b=5))
print(f(a=0, b=1))
try:
    f(1, 2)
except TypeError:
    print("TypeError: b is keyword-only")
try:
    f(1)
except TypeError:
    print("TypeError: missing b")

def g(*args, sep="-", end="!"):
    return sep.join(args) + end

print(g("a", "b"), g("a", "b", sep="+"), g(end="?"))

def h(a, *rest, key, **kw):
    return a, rest, key, sorted(kw)

print(h(1, 2, 3, key="k", z=1, y=2))

# keyword-only with no default after one with a default
def m(*, x=1, y):
    return x, y
print(m(y=2), m(x=0, y=0))

# lambda with keyword-only params
lam = lambda *, p=7: p * 2
print(lam(), lam(p=1))
