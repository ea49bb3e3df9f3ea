# converting between bytes and ints, ord, chr
print(ord(b"a"), ord(b"\xff"), bytes([ord("A")]), chr(b"z"[0]))
print(int.from_bytes(b"\x12\x34", "big"), (0x1234).to_bytes(2, "big") == b"\x12\x34")
print(bytes(str(42), "ascii"), int(str(b"42", "ascii")), [hex(x) for x in b"\x0a\xff"])
print(bytes([x ^ 0xFF for x in b"\x00\x0f"]), bytearray(x + 1 for x in b"abc"))
