# str.rsplit
print("a b c".rsplit(), "  a  b  c  ".rsplit(), "a b c".rsplit(" ", 0))
print("a,b,c".rsplit(",", 1), "a,b,c".rsplit(",", 5), ",a,,b,".rsplit(","))
print("a::b::c".rsplit("::", 1), "aaaa".rsplit("aa"), "aaa".rsplit("aa", 1))
print("".rsplit(), "".rsplit("x"), "x".rsplit("x"))
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__)
