# range: len, indexing, slicing, negative steps, membership
r = range(10)
print(r, range(1, 5), range(0, 10, 2), range(5, 0, -1), len(r), r[0], r[-1], r[3])
print(list(range(5, 0, -2)), list(range(0)), list(range(-3)), list(range(-5, -1)), list(range(10, 0, -3)))
print(r[2:5], r[::2], r[::-1], list(r[::-1]), r[1:-1:3], list(range(0, 20, 3)[2:]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 3 in range(10, 0, -1), 2.0 in r)
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 1)), len(range(-10, 10, 7)))
print(list(range(3)) == [0, 1, 2], list(range(0, 3, 2)) == list(range(0, 4, 2)), sum(range(0, 100, 7)))
print(range(1, 7, 2).start, range(1, 7, 2).stop, range(1, 7, 2).step)
for bad in (lambda: range(0, 5, 0), lambda: r[10], lambda: r[-11], lambda: range(1.5)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
