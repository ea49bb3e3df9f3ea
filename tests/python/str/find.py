# find, rfind with start/end and missing substrings
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 18))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"), s.rfind(""))
print(s.find("o", 5, 8), s.find("o", -5), s.find("o", -100, -12), s.rfind("l", -5, -1))
print("aaa".find("aa"), "aaa".rfind("aa"), "".find(""), "".find("a"), "abc".find("c", 2, 2))
print("abc".find("", 2), "abc".find("", 3), "abc".rfind("", 1))
