# tuple.count and tuple.index
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.count(1.0), (None, None).count(None))
print(t.index(2), t.index(2, 2), t.index(1, 1), t.index(2, -1), t.index(3, 0, 3))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.index(3, 3)
except ValueError as e:
    print(type(e).__name__, e)
