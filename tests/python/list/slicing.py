# list slicing with steps and negative indices
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-3], l[5:2], l[100:], l[-100:2])
print(l[::2], l[1::2], l[::-1], l[::-3], l[8:2:-2], l[-1:-5:-1], l[2:8:3], l[::100])
print(l[5::-1], l[:5:-1], l[-2::-4], l[1:-1:2], l[10:0:-1], l[-11:])
print(l[:] is l, l[:] == l, [][1:2], [][::-1])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__)
