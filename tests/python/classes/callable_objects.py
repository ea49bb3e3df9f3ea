# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (x + self.n + sum(more)) * scale

add3 = Adder(3)
print(add3(1), add3(1, 2, 3), add3(1, scale=10))
print(callable(add3), callable(Adder), callable(Adder(1).n))
print(list(map(add3, [1, 2, 3])))

# stateful callable
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)

# instances without __call__ are not callable
class Plain:
    pass
try:
    Plain()()
except TypeError:
    print("TypeError not callable")

# __call__ looked up on the class, and inherited
class Sub(Adder):
    pass
print(Sub(10)(5))
