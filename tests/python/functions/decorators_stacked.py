# stacked decorators apply bottom-up
def tag(name):
    def deco(fn):
        print("decorating with", name)
        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "hello"

print(text())

# decorators with arguments
def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def greet(who):
    return "hi " + who

print(greet("bob"))

# decorator factory with keyword args and a counter in a closure
def counted(*, start=0):
    def deco(fn):
        count = start
        def wrapper(*a):
            nonlocal count
            count += 1
            return count, fn(*a)
        return wrapper
    return deco

@counted(start=10)
def sq(x):
    return x * x

print(sq(2), sq(3), sq(4))

# class-based decorator
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), len(fib.cache))
