# indexing by code point when characters outside the BMP come before,
# at or after the index, and ord() of one character
s = "ab\U0001F600cd"
print([s[i] for i in range(len(s))], s[2], s[3], s[-1], s[-3])
for t in ("\U0001F600", "a\U0001F600", "\U0001F600\U0001F601x", "hello", "é"):
    print(len(t), [t[i] for i in range(len(t))], [t[-i] for i in range(1, len(t) + 1)])
long = "x" * 20 + "\U0001F600" + "y"
print(long[19], long[20], long[21], long[-2])
print(ord("a"), ord("é"), ord("\U0001F600"), ord(s[2]))
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
try:
    s[5]
except IndexError as e:
    print(e)
