# iterating over tuples and builtins with tuples
t = (5, 3, 8, 1)
for i in t:
    print(i, end=" ")
print()
print(sorted(t), sum(t), max(t), min(t), list(reversed(t)), 3 in t, 4 not in t)
print(list(zip(t, "abcd")), tuple(map(str, t)), tuple(enumerate(t))[1])
print(any(()), all(()), len(tuple(range(100))))
print(tuple(filter(lambda v: v > 2, t)), t[::1])
