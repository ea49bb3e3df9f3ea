# str() with encodings and errors, str is immutable
print(str(b"abc", "utf-8"), str(bytearray(b"xy"), "utf-8"), str(b"\xc3\xa9", "utf8"))
print(str(b"abc"), str(123), str(1.0), type(str()).__name__)
s = "abc"
try:
    s[0] = "x"
except TypeError:
    print("TypeError")
try:
    str(b"\xff", "utf-8")
except UnicodeError as e:
    print(type(e).__name__)
print(isinstance("a", str), str("x") is not None, "a".__class__ is str)
