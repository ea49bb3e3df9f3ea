# ord and chr of astral (non-BMP) characters like emoji
for cp in (0x1f600, 0x1f4a9, 0x10000, 0x10ffff, 0x1d11e, 0xffff, 0xd7ff):
    c = chr(cp)
    print(hex(cp), len(c), ord(c) == cp, c.encode())
print(ord("\U0001f600"), chr(128512) == "\U0001f600")
print([hex(ord(c)) for c in "\U0001f1eb\U0001f1f7"])
