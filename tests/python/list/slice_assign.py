# slice assignment (MicroPython standard build supports step 1 assignment)
l = list(range(6))
l[1:3] = ["a", "b", "c"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99, 100]
print(l)
l[2:5] = []
print(l)
l[:] = list("xyz")
print(l)
l[1:1] = [0, 1, 2]
print(l)
l[-2:] = (7,)
print(l)
l[5:100] = [8, 9]
print(l)
a = [1, 2, 3]
a[0:2] = a
print(a)
try:
    a[0:1] = 5
except TypeError:
    print("TypeError")
