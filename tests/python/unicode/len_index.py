# len and indexing count code points, not bytes or UTF-16 units
s = "h\u00e9llo \u20ac \U0001f600!"
print(len(s), s[1], s[6], s[8], s[-1], s[-2])
print(len("\U0001f600\U0001f601"), "\U0001f600\U0001f601"[1] == "\U0001f601", len("\u00e9"), len("e\u0301"))
print([len(c) for c in "a\u00e9\u20ac\U0001f600"], [ord(c) for c in "a\u00e9\u20ac\U0001f600"])
print(len("\u65e5\u672c\u8a9e"), "\u65e5\u672c\u8a9e"[2])
try:
    "\U0001f600"[1]
except IndexError:
    print("IndexError")
