# global declarations, including inside nested functions
g = 0

def set_global():
    global g
    g = 1

def nested_global():
    def inner():
        global g
        g += 10
    inner()

def read_only():
    return g

set_global()
print(g)
nested_global()
print(g, read_only())

# a global declared in an inner function does not affect the outer
def outer():
    g = "local to outer"
    def inner():
        global g
        g = "set by inner"
    inner()
    return g
print(outer(), g)

# global can create a new module-level name
def create():
    global brand_new
    brand_new = "created"
create()
print(brand_new)

# globals() reflects the module namespace
print(globals()["brand_new"], "create" in globals())
globals()["injected"] = 5
print(injected)

# global statement for several names
def multi():
    global a1, a2
    a1, a2 = 1, 2
multi()
print(a1 + a2)
