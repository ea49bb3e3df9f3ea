# escape sequences in str literals
print(repr("\x41\x42"), "\x41\x42")
print("\101\102\60", repr("\0"), len("\0"))
print(ord("\a"), ord("\b"), ord("\f"), ord("\n"), ord("\r"), ord("\t"), ord("\v"))
print("\u00e9", "\u20ac", len("\u20ac"), ord("\u20ac"))
print("\U0001F600" == chr(0x1F600), len("\U0001F600"))
print(repr("\x7f"), repr("\x00"), repr("\x1b"))
print(repr("caf\xe9"))
# unknown escapes are kept verbatim
print("\q\w", len("\q"))
print([c for c in "a\\b"])
print("\x4a\x4B")
print(repr("\r\n"))
