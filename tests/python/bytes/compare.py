# bytes comparisons and concatenation
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), b"a" < b"b", b"ab" < b"abc", b"\xff" > b"\x00")
print(b"abc" != b"abd", b"" < b"\x00", bytearray(b"b") > b"a", b"abc" <= b"abc")
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"ab" * 3, 2 * b"x")
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
for f in (lambda: b"a" + 1, lambda: "b" + b"a", lambda: b"a" * "b"):
    try:
        f()
    except TypeError:
        print("TypeError")
