# list operators: +, *, +=, *=, in, comparisons
a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -2, [] * 5, [[0]] * 2)
b = a
b += [3]
print(a, b is a)
b = b * 2
print(a, b)
b += (9,)
b += "xy"
print(b)
print(2 in a, 99 in a, [1] in [[1], 2], "x" in b)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1] != [1.0])
print([1, [2, 3]] < [1, [2, 4]], [1, 2] <= [1, 2], [3] >= [2, 99])
for f in (lambda: [1] + (2,), lambda: [1] * "a", lambda: [1] < "a", lambda: [1] * 1.5):
    try:
        f()
    except TypeError:
        print("TypeError")
