# bytes and bytearray: constructors, methods, operators
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes("\u00e9", "utf8"), bytes(bytearray(b"xy")), bytes(range(3)))
print(bytearray(b"xy"), bytearray(2), bytearray("ab", "ascii"), bytes.fromhex("61 62"), bytearray.fromhex("6162"))
print(b" a b  c ".split(), bytearray(b" a b ").split(), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1))
print(b"a\r\nb".splitlines(), b"  xy\t".strip(), bytearray(b"xxaxx").strip(b"x"), b"abcabc".find(b"c"), b"abcabc".find(99, 3))
print(b"abcabc".rfind(b"b"), b"abcabc".index(b"c", 3), b"abcabc".count(97), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")))
print(b"abab".replace(b"a", b"XY"), bytearray(b"a,b").partition(b","), b"ab".center(6), b"Hi".upper(), b"Hi".lower())
print(b"ab".isalpha(), b"12".isdigit(), b" \t".isspace(), b"AB1".isupper(), b"ab1".islower())
print(b",".join([b"a", bytearray(b"b")]), bytearray(b",").join([b"a", b"b"]))
print(b"a\xc3\xa9".decode(), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\x01\xab".hex(), b"\x01\xab".hex("-"))
x = b"abcdef"
print(x[1], x[-1], x[1:3], x[::-2], x + bytearray(b"g"), bytearray(b"g") + x, b"ab" * 2, 2 * b"ab")
print(b"%d:%s:%r" % (1, b"x", b"y"), b"ab" == bytearray(b"ab"), b"ab" == "ab", b"a\x00" < b"a\x01", b"b" > b"abc")
print(99 in x, b"cd" in x, b"ce" in x, list(b"ab"), len(x), hash(b"ab") == hash(b"ab"), {b"k": 1}[b"k"])
print(repr(b"'\"\\\n\t\x7f"), str(b"x"), x.strip() is x)
for f in (
    lambda: b"a" + "b",
    lambda: bytes("a"),
    lambda: bytes([256]),
    lambda: b"abc".split("a"),
    lambda: "a" in b"abc",
    lambda: b"\xff".decode(),
    lambda: hash(bytearray()),
):
    try:
        f()
    except UnicodeError:
        print("UnicodeError")
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__)
class B(bytes):
    pass
print(B(b"abc"), type(B(b"abc")).__name__, B(b"abc") + b"d")
