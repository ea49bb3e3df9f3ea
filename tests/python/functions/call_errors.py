# TypeErrors raised when calling with wrong arguments
def f(a, b):
    return a + b

def g(a, *, k):
    return a

def h():
    return 0

def tryit(fn, *args, **kw):
    try:
        fn(*args, **kw)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)

tryit(f, 1)
tryit(f, 1, 2, 3)
tryit(f, 1, 2, c=3)
tryit(f, 1, a=1)
tryit(g, 1)
tryit(g, 1, 2)
tryit(h, 1)
tryit(h, x=1)
tryit(f, b=1)
tryit(len)
tryit(len, 1, 2)

# MicroPython words the message differently when some keywords were given
def k(a, *, key, **rest):
    return a

tryit(k, 1, other=2)
tryit(f, 1, c=2, b=3)
