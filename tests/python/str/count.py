# str.count with overlapping patterns and ranges
print("aaaa".count("a"), "aaaa".count("aa"), "aaaa".count("aaa"), "aaaa".count("b"))
print("abc".count(""), "".count(""), "".count("a"), "abcabc".count("abc"))
print("abcabc".count("a", 1), "abcabc".count("a", 1, 3), "abcabc".count("c", -1), "abcabc".count("", 2, 4))
print("mississippi".count("ss"), "mississippi".count("i", 0, -1))
