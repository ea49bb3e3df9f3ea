# del of names, attributes, subscripts and slices
x = 1
del x
try:
    print(x)
except NameError:
    print("x deleted")

a, b, c = 1, 2, 3
del a, b
print("c", c)
try:
    a
except NameError:
    print("a deleted")

class O:
    pass

o = O()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), hasattr(o, "other"))
try:
    del o.attr
except AttributeError:
    print("AttributeError on second del")

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:5]
print(lst)
del lst[1:2]
print(lst)
del lst[:]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(sorted(d.items()))
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)

# del with tuple/list targets
m = [1, 2, 3]
n = {1: 1, 2: 2}
del m[0], n[1]
print(m, n)
[p, q] = 7, 8
del (p, q)
print("p" in globals(), "q" in globals())

# del local inside function then use -> error
def f():
    y = 1
    del y
    try:
        return y
    except NameError:
        return "local deleted"
print(f())
