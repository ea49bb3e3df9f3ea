# decoding bytes to str, including errors
print(b"abc".decode(), b"abc".decode("utf-8"), bytearray(b"xy").decode(), b"".decode())
print(b"caf\xc3\xa9".decode(), b"\xe2\x82\xac".decode(), b"\xf0\x9f\x98\x80".decode() == "\U0001f600")
print(len(b"\xf0\x9f\x98\x80".decode()))
for bad in (b"\xff", b"\xc3", b"a\x80b"):
    try:
        print(bad.decode())
    except UnicodeError as e:
        print("UnicodeError")
