# division by zero for ints
for op in (
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1 / 0,
    lambda: divmod(1, 0),
    lambda: 2**100 // 0,
    lambda: 2**100 % 0,
    lambda: 0 // 0,
    lambda: 5 / False,
):
    try:
        print(op())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(0 ** 0, 0 ** 1)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__)
