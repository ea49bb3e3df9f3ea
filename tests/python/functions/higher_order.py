# functions as first-class values
def square(x):
    return x * x

def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3), compose()(7))

ops = {"sq": square, "inc": inc, "neg": lambda x: -x}
print([ops[k](5) for k in ("sq", "inc", "neg")])

print(list(map(square, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(max([3, 1, 2], key=lambda v: -v), min("hello", key=ord))

def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(square, 3, 2))

# functions stored in lists and called in a loop
pipeline = [str.strip, str.upper, lambda s: s + "!"]
s = "  hey "
for step in pipeline:
    s = step(s)
print(s)
print(callable(square), callable(5), callable(print), callable(int))
