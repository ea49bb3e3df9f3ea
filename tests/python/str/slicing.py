# str indexing and slicing with negative indices (step 1; MicroPython's
# standard build does not support other steps on str)
s = "abcdefghij"
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2], s[100:], s[-100:2])
print(s[None:None], s[3:None], repr(s[5:5]), repr(s[-1:0]), s[1:-1:1], s[::1])
print(s[-4:-2], s[-2:-4], s[2:-2], s[-100:100], s[True:3])
i, j = 2, 6
print(s[i:j], s[i:], s[:j], s[-j:-i])
for i in (10, -11):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s["a"]
except TypeError:
    print("TypeError")
