# tuple(...)/list(...) of a generator expression, and shadowed or subclassed consumers
def f(n):
    a = tuple(i * 2 for i in range(n))
    b = list(i for i in range(n) if i % 2)
    c = tuple(x for x in [])
    d = set(i % 3 for i in range(n))
    return a, b, c, d, len(c) == 0
print(f(6))
t = tuple(str(i) for i in range(3)); print(t, type(t))
l = list(x for x in "abc"); l.append(1); print(l)
class T(tuple): pass
print(T(i for i in range(2)), type(T(i for i in range(2))).__name__)
tuple = lambda g: "shadowed"
print(tuple(i for i in range(3)))
