# deleting items and slices
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[-2:]
print(l)
del l[:]
print(l)
l = list(range(10))
del l[100:]
del l[5:2]
print(l)
x = [1, 2]
del x[0], x[0]
print(x)
