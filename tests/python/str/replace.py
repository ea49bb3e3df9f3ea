# str.replace with counts and empty strings
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("a", "b", 0), "aaaa".replace("a", "b", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 1), "".replace("", "x"), "".replace("a", "x"))
print("hello world".replace("world", "there"), "banana".replace("ana", "X"), "abc".replace("x", "y"))
print("aaa".replace("aa", "b"), "a.b.c".replace(".", ""), "abc".replace("abc", ""), "xax".replace("a", "aaa"))
