# str.encode produces bytes
print("abc".encode(), "abc".encode("utf-8"), "abc".encode("ascii"), "".encode())
print("caf\u00e9".encode(), "\u20ac".encode("utf8"), "\U0001f600".encode())
print(len("\u00e9\u20ac\U0001f600".encode()), type("x".encode()).__name__)
print(bytes("hi", "utf-8"), str(b"hi", "utf-8"), b"caf\xc3\xa9".decode())
