# set operators |, &, -, ^ and their in-place forms
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
c = set(a)
c |= {9}
c &= {1, 2, 9, 10}
c -= {2}
c ^= {1, 7}
print(sorted(c))
x = {1}
y = x
y |= {2}
print(sorted(x), x is y)
for f in (lambda: a | [1], lambda: a & (1,), lambda: a - 1, lambda: a + b):
    try:
        f()
    except TypeError:
        print("TypeError")
