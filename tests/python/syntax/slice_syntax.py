# slicing syntax
# (MicroPython supports steps other than 1 only for list reads)
s = "abcdefgh"
l = list(range(10))
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
print(s[100:], s[-100:2], s[3:1])
print(l[2:8:2], l[::-3], l[8:2:-2], l[::-1], l[-1:-4:-1])
class S:
    def __getitem__(self, k):
        return k

sl = S()[1:9:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step)
print(l[sl], l[S()[:3]])

# slice assignment
l[2:4] = ["a", "b", "c"]
print(l)
l[:3] = []
print(l)
l[len(l):] = [99]
print(l)
l[1:1] = ("x", "y")
print(l)
t = (1, 2, 3, 4)
print(t[1:3], t[:-1], type(t[1:]))
print(b"hello"[1:4], bytearray(b"xyz")[1:])

print(S()[1:2], S()[::3], S()[1, 2], S()[1:2, 3], S()[:])
