# hex() and fromhex()
print(b"\x00\x01\xab\xff".hex(), b"".hex(), bytearray(b"\x10\x20").hex())
print(bytes.fromhex("00ff10"), bytes.fromhex(""), bytes.fromhex("DEADbeef"), bytearray.fromhex("0102"))
print(bytes.fromhex(b"abcdef".hex()))
for bad in ("0", "zz", "0g"):
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__)
