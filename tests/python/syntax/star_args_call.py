# * and ** unpacking in function calls
a = [1, 2]
b = (3, 4)
print(*a, *b)
print(*a, 0, *b, sep=",")
print(*"abc", *range(3))

d1 = {"x": 1, "y": 2}

def f(*args, **kw):
    return args, sorted(kw.items())

print(f(*a, *b))
print(f(*a, 9, *b))
print(f(**d1))
print(f(*a, **d1, w=3))
print(f(1, *(), **{}))
print(f(*(x for x in range(3))))
print(f(*{"k": 1}))
print(f(w=0, **d1))
print(f(**d1, **{"z": 9}))

def g(p, q, r=0, *, s=0):
    return p, q, r, s

print(g(*[1, 2]))
print(g(*[1], **{"q": 5, "s": 7}))
print(g(**{"p": "P", "q": "Q", "r": "R"}))

# starred assignment target with a single name
*t, = a
print(t)

# ** with duplicate keyword in a call is an error
try:
    f(**d1, **{"x": 5})
except TypeError:
    print("TypeError duplicate keyword")
try:
    g(1, **{"p": 2, "q": 3})
except TypeError:
    print("TypeError multiple values for p")

# * of non-iterable is an error
try:
    f(*5)
except TypeError:
    print("TypeError not iterable")
