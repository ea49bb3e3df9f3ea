# return statement forms
def none1():
    pass

def none2():
    return

def tup():
    return 1, 2

def star():
    rest = [3, 4]
    return 1, rest

def early(x):
    if x:
        return "early"
    print("not early")
    return "late"

def multi(n):
    for i in range(10):
        if i == n:
            return i * i
    return -1

print(none1(), none2(), tup(), star())
print(early(1), early(0))
print(multi(3), multi(20))
a, b = tup()
print(a, b)

# return inside while/try
def w():
    i = 0
    while True:
        i += 1
        try:
            if i == 3:
                return i
        except Exception:
            pass
print(w())

# returning functions and classes
def factory():
    class K:
        pass
    return K
print(factory().__name__, factory() is factory())
