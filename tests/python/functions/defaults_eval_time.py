# default argument values are evaluated once, at definition time
counter = 0
def next_id():
    global counter
    counter += 1
    return counter

def f(x=next_id()):
    return x

print(f(), f(), f(100), counter)

# mutable default shared between calls
def append(v, lst=[]):
    lst.append(v)
    return lst

print(append(1), append(2), append(3, []), append(4))

# idiomatic None default
def append2(v, lst=None):
    if lst is None:
        lst = []
    lst.append(v)
    return lst

print(append2(1), append2(2))

# default refers to the value at def time, not later rebinding
y = 10
def g(a=y):
    return a
y = 20
print(g())

# defaults in loops capture each value
fs = []
for i in range(3):
    def h(i=i):
        return i * 10
    fs.append(h)
print([fn() for fn in fs])

# defaults can use earlier names, not later parameters
base = 5
def k(a, b=base * 2, c=None):
    return a, b, c
print(k(1), k(1, c=3))
