# str methods: splitting, searching, stripping, case, code-point indices
print(" a b  c ".split(), " a b  c ".split(None, 1), "a,b,,c".split(","))
print("a,b,,c".split(sep=",", maxsplit=1), "a,b,,c".rsplit(",", 1), " a b c ".rsplit(None, 1))
print("a\r\nb\nc\rd".splitlines(), "a\r\nb\n".splitlines(True), "x\ny".splitlines(keepends=True))
print(repr("  xy  ".strip()), repr("  xy  ".lstrip()), repr("  xy  ".rstrip()), "abcxcba".strip("ab"))
print("www.example.com".lstrip("cmowz."), "mississippi".rstrip("ipz"))
print("abcabc".find("c"), "abcabc".find("c", -2), "abcabc".rfind("b", 0, 4), "abc".find("", 3), "abc".find("", 4))
print("abcabc".index("c", 3), "abcabc".rindex("a"), "aaaa".count("aa"), "abc".count(""), "abcabc".count("c", 3, -1))
print("abc".startswith("ab"), "abc".startswith("b", 1), "abc".startswith(("x", "a")), "abc".endswith(("x", "c"), 1))
print("abab".replace("a", "X"), "abab".replace("a", "X", 1), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("a,b,c".partition(","), "a,b,c".rpartition(","), "abc".partition("x"), "abc".rpartition("x"))
print(repr("abc".center(9)), repr("abc".center(2)), repr("ab".center(6)))
print("Hello World".upper(), "Hello World".lower())
print("abc".isalpha(), "abc1".isalpha(), "123".isdigit(), "".isdigit(), " \t\n".isspace(), "ABC1".isupper(), "abc1".islower())
print(",".join(["a", "b", "c"]), "-".join("abc"), "".join(x for x in "xyz"))
print("a\U0001f600b\U0001f600c".find("c"), "a\U0001f600b\U0001f600c".find("\U0001f600", 2), "a\U0001f600bc".endswith("\U0001f600", 0, 2))
print("a\u00e9".encode(), "ab".encode("ascii"), "{}+{}={x}".format(1, 2, x=3))
for f in (
    lambda: "abc".split(""),
    lambda: "abc".partition(""),
    lambda: "abc".index("x"),
    lambda: ",".join(["a", 1]),
    lambda: "abc".find(1),
    lambda: "a\u00e9".encode("ascii"),
):
    try:
        f()
    except UnicodeError:
        print("UnicodeError")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
s = "abc"
print(s.strip() is s, s.replace("x", "y") is s)
