def f1(c):
    if c:
        x = 1
    return x
def f2():
    for i in range(0):
        pass
    return i
def f3(n):
    while n:
        y = n
        n -= 1
        if n == 1: break
    else:
        return "else"
    return y
def f4():
    x = 1
    del x
    return x
def f5():
    try:
        z = 1 // 0
    except ZeroDivisionError as e:
        pass
    return e
def f6():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    return x
def f7():
    for i in range(3):
        if i == 1:
            print(k)
        k = i
def f8():
    with open("/nonexistent_zz") as fh:
        pass
    return fh
def f9():
    x = 5
    for i in range(3):
        print(x)
        if i == 1:
            del x
def f10():
    return [y for x in [1] if y for y in [2]]
def f11(a):
    (b := a) or (c := 2)
    return c
for f, a in ((f1, (0,)), (f2, ()), (f3, (3,)), (f3, (0,)), (f4, ()), (f5, ()), (f6, ()), (f7, ()), (f8, ()), (f9, ()), (f10, ()), (f11, (1,))):
    try:
        print(f.__name__, f(*a))
    except Exception as ex:
        print(f.__name__, type(ex).__name__, ex)
