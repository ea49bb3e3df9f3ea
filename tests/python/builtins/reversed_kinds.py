# reversed() over ranges (any step, empty, past 2**32), lists (changed while
# reversed), tuples and str, in plain functions too; list and tuple +
# (reversed_test.py has __reversed__ and __getitem__ classes)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(list(reversed(range(-5, 5, 2))), list(reversed(range(2**40, 2**40 + 3))))
print(list(reversed([1, "a", None])), list(reversed((1.5, 2))), list(reversed("abc")))
print(list(reversed([])), list(reversed(())))

lst = [1, 2, 3]
r = reversed(lst)
print(next(r))
lst[0] = 9
print(list(r))


def f(n):
    out = []
    for i in reversed(range(n)):
        out.append(i)
    for x in reversed(out):
        out.append(-x)
    return out


print(f(4))
print([1, 2] + [3], [] + [], (1,) + (2, 3))
a = [1]
b = a + a
b.append(2)
print(a, b)
