# slicing strings with non-ASCII characters
s = "a\u00e9\u20ac\U0001f600b\U0001f601c"
print(s[1:3], s[3:4], s[2:], s[:4], s[-3:], s[-4:-1], s[5:100], repr(s[7:]))
print(s[3:5] == "\U0001f600b", len(s[2:6]), s[:-6])
for i in range(len(s)):
    print(i, s[i], s[i:i + 2])
