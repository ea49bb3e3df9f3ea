def f(n):
    L = []
    for i in enumerate(range(n)):
        L.append(i)
    return L
x = (1, 2)
for i in range(20000):
    x = enumerate(x)
try:
    tuple(x)
except RuntimeError:
    print("RuntimeError")
x = (1, 2)
for i in range(50):
    x = zip(x)
print(len(tuple(x)))
