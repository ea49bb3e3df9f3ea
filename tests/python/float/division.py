# true division of ints and floats
print(1 / 2, 4 / 2, -7 / 2, 7 / -2, 0 / 5, type(4 / 2).__name__)
print(1.0 / 4, 10 / 2.5, -1 / 3.0)
print(2**100 / 2**99, 10**20 / 10**10, 1 / 10**10)
print(7 / 7.0, 3 / True)
for op in (lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 0.0 / 0.0, lambda: 1.5 // 0, lambda: 1.5 % 0.0, lambda: divmod(1.0, 0)):
    try:
        print(op())
    except ZeroDivisionError as e:
        print(type(e).__name__)
