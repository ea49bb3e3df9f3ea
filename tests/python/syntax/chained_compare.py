# chained comparisons evaluate each operand at most once
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3)
print(1 < 3 < 2)
print(3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 == 2)
print(1 < 2 != 3, 1 < 2 != 2)
print(v(1) < v(2) < v(3))
print("short-circuit")
print(v(3) < v(2) < v(1))
print(0 <= 5 < 10, 0 <= 10 < 10)

# mixing in / is / not in
lst = [1, 2]
print(1 in lst in [[1, 2]], 1 in lst not in [[1, 2]])
x = None
print(x is None is not False)

# chains with different types
print(1 < 2.5 < 3, "a" < "b" <= "b" < "c")
print([1] < [1, 2] < [2])
print((1, 2) == (1, 2) != (2, 1))

# comparison result used in arithmetic
print((1 < 2) + (2 < 3) + (3 < 2))

# long chain
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8)
print(1 < 2 < 3 < 4 < 5 > 6)
