# nonlocal lets inner functions rebind enclosing variables
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(), c1(), c2())

# several levels of nesting
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())

# nonlocal targets the nearest enclosing function scope
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            nonlocal v
            v = "c"
        c()
        return v
    return b(), v
print(a())

# shared state between sibling closures
def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        balance -= x
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), dep(0))

# without nonlocal an assignment creates a new local
def no_nonlocal():
    n = 1
    def inner():
        n = 2
        return n
    return inner(), n
print(no_nonlocal())
