# nested unpacking targets
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[a, [b, c]] = "x", "yz"
print(a, b, c)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)

# targets can be attributes and subscripts
class O:
    pass
o = O()
lst = [0, 0, 0]
d = {}
o.x, lst[1], d["k"] = "attr", "item", "key"
print(o.x, lst, d)
lst[0], lst[2] = lst[2], lst[0]
print(lst)

# swap and rotate
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

# chained assignment with unpacking
p = (q, r) = (5, 6)
print(p, q, r)

# evaluation order: the right side is fully evaluated first
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)

# unpacking a dict iterates its keys
k1, = {"only": 1}
print(k1)
