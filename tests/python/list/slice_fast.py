# slices written o[a:b:c] on lists take a path without slice objects;
# subclasses and other sequences still see slice objects
a = list(range(10))
print(a[2:5], a[::-1], a[5::-1], a[:3], a[-3:], a[::2], a[1:8:3], a[8:1:-2], a[100:], a[:-100])
b = a[:]
b[2:5] = [9, 9, 9]; print(b)
b[2:5] = []; print(b)
b[:0] = [1, 2]; print(b)
b[::2] = range(len(b[::2])); print(b)
b[:] = b; print(b)
b[1:3] = b; print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("VE", e)
p = [3, 1, 2, 0, 4]
k = p[0]
while k:
    p[:k+1] = p[k::-1]
    k = p[0]
print(p)
class L(list):
    def __getitem__(self, i):
        return ("get", i)
    def __setitem__(self, i, v):
        print("set", i, v)
l = L([1, 2, 3])
print(l[1:2], l[::-1])
l[0:1] = [5]
print("abcdef"[1:4], "abcdef"[::-1], (1, 2, 3)[1:], b"xyz"[1:])
big = list(range(20000)); big[0:1] = list(range(30000)); print(len(big), big[29999], big[30000])
class I:
    def __index__(self): return 2
print(a[I():I()+3] if False else a[I():5])
