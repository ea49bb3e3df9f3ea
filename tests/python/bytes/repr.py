# repr of bytes and bytearray
print(repr(b"abc"), repr(b""), repr(b"\x00\x1f\x7f\x80\xff"), repr(b"\n\r\t"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"))
print(repr(bytearray(b"ab")), repr(bytearray()), str(b"x"), [b"a", bytearray(b"b")])
print(bytes(range(32, 40)), bytes(range(120, 130)))
