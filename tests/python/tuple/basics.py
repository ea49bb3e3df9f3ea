# tuple construction, indexing and slicing
t = (1, "a", None, 2.5)
print(t, (), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in (5, 6)))
print(t[0], t[-1], t[1:3], t[:], t[10:], t[-2:], len(t), len(()))
x = 1, 2, 3
a, b, c = x
print(x, a, b, c, type(x).__name__)
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), () * 5, (1, 2) * 0)
t2 = t
t2 += (9,)
print(t, t2, t2 is t)
for i in (4, -5):
    try:
        t[i]
    except IndexError as e:
        print(type(e).__name__, e)
