# unpacking in for-loop targets
for a, b in [(1, 2), (3, 4)]:
    print(a + b)

for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)

for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)

for *init, last in ["abc", "de"]:
    print(init, last)

for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a, b, c)

for k, v in sorted({"x": 1, "y": 2}.items()):
    print(k, v)

# for target can be an attribute or subscript
class O:
    pass
o = O()
for o.v in range(3):
    pass
print(o.v)
lst = [0]
for lst[0] in "ab":
    print(lst)

# mismatch raises during iteration
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError:
    print("ValueError on second item")

# zip unpacking
for a, b, c in zip("abc", range(3), [True, False, None]):
    print(a, b, c)
