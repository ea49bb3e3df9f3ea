# lambda expressions
add = lambda a, b: a + b
print(add(2, 3), (lambda: "no args")(), (lambda x=5: x)())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3))
print(sorted([3, -1, 2], key=lambda v: -v))
print(list(map(lambda x: x * x, range(5))))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])))

# closures
def make_adder(n):
    return lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1))

# lambda returning lambda
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))

# lambda in default argument
def apply(v, fn=lambda x: x * 10):
    return fn(v)
print(apply(2), apply(2, str))

# lambda with conditional expression and tuple
sign = lambda n: "+" if n > 0 else "-" if n < 0 else "0"
print([sign(v) for v in (-2, 0, 2)])
pair = lambda: (1, 2)
print(pair())
print(type(add).__name__, add.__name__)

# immediately invoked with keyword args
print((lambda a, b=2, *, c=3: a * b * c)(1, c=10))
