# nested function definitions
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))

# inner function defined on each call is a new object
def make():
    def f():
        return 1
    return f
print(make() is make(), make()() == make()())

# inner function can call itself recursively via the enclosing scope
def count_down(n):
    out = []
    def rec(k):
        if k:
            out.append(k)
            rec(k - 1)
    rec(n)
    return out
print(count_down(4))

# conditional function definitions
def choose(flag):
    if flag:
        def f():
            return "A"
    else:
        def f():
            return "B"
    return f()
print(choose(True), choose(False))

# function redefinition replaces the binding
def g():
    return 1
def g():
    return 2
print(g())

# nested function reading a variable assigned later in the enclosing function
def late():
    def get():
        return v
    v = "assigned after def"
    return get()
print(late())
