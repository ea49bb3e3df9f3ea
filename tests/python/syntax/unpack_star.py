# extended iterable unpacking
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, *b = range(4)
print(a, b)
*a, = [1, 2]
print(a)
[a, *b] = {7}
print(a, b)
first, *rest = "hello"
print(first, rest)

# starred always yields a list
_, *m = (1, 2, 3)
print(type(m).__name__, m)

# too few values
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError")

# unpacking from generator and iterator
def gen():
    yield 1
    yield 2
    yield 3
x, *y = gen()
print(x, y)
it = iter([10, 20, 30, 40])
p, *q, r = it
print(p, q, r)

# plain unpacking errors
try:
    a, b = [1, 2, 3]
except ValueError:
    print("too many values")
try:
    a, b, c = [1, 2]
except ValueError:
    print("not enough values")
try:
    a, b = 5
except TypeError:
    print("int not iterable")
