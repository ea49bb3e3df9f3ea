# *args and **kwargs parameters
def f(*args, **kwargs):
    return args, sorted(kwargs.items())

print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, b=2, a=3))
print(type(f()[0]).__name__)

def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())

print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, e=6))
print(g(c=1, a=0))

# kwargs is a fresh dict each call
def mutate(**kw):
    kw["new"] = 1
    return len(kw)
d = {"x": 1}
print(mutate(**d), d)

# args can be forwarded
def wrapper(*a, **k):
    return f(*a, **k)
print(wrapper(1, z=2))

# names of the star parameters are arbitrary
def h(*values, **options):
    return len(values), len(options)
print(h(1, 2, 3, o=1))
