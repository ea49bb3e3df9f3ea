a, b = 1, 2
a, b = b, a
print(a, b)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
i, l[i] = 2, 9
print(i, l)
def f(x):
    print("f", x)
    return x
class C: pass
c = C()
c.x, [c.y, c.z] = f(1), [f(2), f(3)]
print(c.x, c.y, c.z)
def g():
    p, q = 3, 4
    p, q = q, p + q
    return p, q
print(g())
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("VE")
