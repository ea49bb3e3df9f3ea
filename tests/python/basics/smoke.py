# a quick tour of the language core
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))

class A:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x * 2

    def __repr__(self):
        return "A(%d)" % self.x

a = A(21)
print(a.get(), a, [a, a])
l = [i * i for i in range(10) if i % 2]
print(l, sum(l), len(l))
d = {"a": 1, "b": 2}
d["c"] = 3
for k, v in d.items():
    print(k, v)
print(2**100, 10 // 3, -7 // 2, 7 % -3, 1.5 * 2, 1 / 3)
