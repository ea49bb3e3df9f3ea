# closures capture variables, not values
def make_counter():
    count = 0
    def inc(n=1):
        nonlocal count
        count += n
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(); inc(10)
print(get())
inc2, get2 = make_counter()
print(get2(), get())

# closure sees later assignment in enclosing scope
def outer():
    fns = []
    x = 1
    fns.append(lambda: x)
    x = 2
    fns.append(lambda: x)
    return [f() for f in fns]
print(outer())

# closure over loop variable: late binding
def make_all():
    return [lambda: i for i in range(3)]
print([f() for f in make_all()])

# closure keeps the frame's variable alive after return
def acc(start):
    total = [start]
    def add(v):
        total[0] += v
        return total[0]
    return add
a = acc(100)
print(a(1), a(2), a(3))

# closure over a parameter
def power(e):
    return lambda b: b ** e
sq, cube = power(2), power(3)
print(sq(4), cube(2))
