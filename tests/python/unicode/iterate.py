# iterating over strings with astral characters
s = "x\U0001f600y\u00e9"
print(list(s), [c for c in s], len(list(s)))
print("".join(reversed(s)) == "\u00e9y\U0001f600x", sorted("\u00e9a\U0001f600") == ["a", "\u00e9", "\U0001f600"])
for i, c in enumerate("\u00e9\U0001f600"):
    print(i, c, ord(c), hex(ord(c)))
print(max("a\U0001f600\u00e9") == "\U0001f600", min("\u20acz") == "z")
