# str.split with and without separator and maxsplit
print("a b c".split(), "  a  b  c  ".split(), "".split(), "   ".split())
print("a,b,c".split(","), ",a,,b,".split(","), "".split(","), "abc".split("abc"))
print("a::b::c".split("::"), "a:::b".split("::"))
print("a b c d".split(None, 2), "a b c d".split(" ", 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print(" a b ".split(None, 1), "\ta\nb\r\x0bc\x0cd".split())
for args in (("",), (1,)):
    try:
        "abc".split(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
