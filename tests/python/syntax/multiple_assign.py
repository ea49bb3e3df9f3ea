# chained assignment and simultaneous assignment
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)

# targets are assigned left to right
lst = [0, 0, 0]
i = lst[0] = 2
print(i, lst)
i = 0
lst = [10, 20]
lst[i] = i = 1
print(lst, i)

a, b = b, a = 1, 2
print(a, b)

# swapping
p, q = 1, 2
p, q = q, p
print(p, q)
m = [1, 2, 3]
m[0], m[2] = m[2], m[0]
print(m)

# tuple on the right, single target
t = 1, 2, 3
print(t)
single = 1,
print(single)
