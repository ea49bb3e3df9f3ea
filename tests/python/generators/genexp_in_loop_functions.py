def f(n):
    k = 1
    g = (x + k for x in range(3))
    total = 0
    for i in range(n):
        total += i
    k = 100
    return list(g), total
f(2); f(2)
print(f(2000000))
def h(n):
    s = 0
    for i in range(n):
        s += sum(j for j in range(3))
    return s
print(h(300000))
def m(L):
    out = []
    for x in L:
        out.append(max(v * 2 for v in x))
    return out
print(m([[1, 5], [3, 2]] * 3))
