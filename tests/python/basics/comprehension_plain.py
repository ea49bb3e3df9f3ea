def f(pool, idx):
    a = tuple(pool[i] for i in idx)
    b = [x * 2 for x in range(5) if x % 2]
    c = {x: x + 1 for x in (1, 2, 3)}
    d = {x % 3 for x in range(10)}
    e = [x + y for x, y in [(1, 2), (3, 4)]]
    g = [x for x in "abc"]
    h = [x for x in range(100000)][-1]
    i = [q for q in range(10, 0, -3)]
    return a, b, c, d, e, g, h, i
print(f("abcdef", [5, 0, 2]))
def g(n):
    def inner():
        return n + 1
    return inner()
print(g(3))
def k(L):
    try:
        return [1 // x for x in L]
    except ZeroDivisionError:
        return "zde"
print(k([1, 0]))
print([1 // x for x in [1, 0]])
