def f(n, a, b, c):
    out = []
    for i in range(n): out.append(i)
    for i in range(a, b): out.append(i)
    for i in range(b, a, -1): out.append(i)
    for i in range(a, b, c): out.append(i)
    for i in range(b, a, -c): out.append(i)
    for i in range(a, b, 2): out.append(i)
    return out
print(f(3, 2, 9, 3))
print(f(0, 5, 5, 1))
print(f(2, -3, 3, 4))
try: f(1, 1, 2, 0)
except ValueError as e: print("VE", e)
print(f(True, 1, 3, 1))
def g():
    s = 0
    for i in range(2**53 - 3, 2**53 + 2): s += 1
    for i in range(10**20, 10**20 + 3): s += i
    for i in range(5):
        if i == 3: break
    else: print("no")
    for i in range(2):
        pass
    else: print("else", i)
    return s
print(g())
