# re.match / re.search and match groups
import re

def groups(m):
    if m is None:
        return None
    out = []
    i = 0
    try:
        while True:
            out.append(m.group(i))
            i += 1
    except IndexError:
        return out

print(groups(re.match("abc", "abcdef")))
print(groups(re.match("abc", "xabc")))
print(groups(re.search("abc", "xxabcxx")))
print(groups(re.search("abc", "ab")))
print(groups(re.match("a.c", "a-c")), groups(re.match("a.c", "ac")))
print(groups(re.match("(a)(b)(c)", "abc")))
print(groups(re.match("((a)b)c", "abc")))
print(groups(re.match("(a)|(b)", "b")))
print(groups(re.search("^abc", "xabc")), groups(re.search("abc$", "abcx")), groups(re.search("c$", "abc")))
print(groups(re.match("", "abc")), groups(re.search("$", "abc")))
print(groups(re.match("(?:ab)+", "ababx")))
print(groups(re.match("(\\d+)-(\\d+)", "12-345 rest")))
p = re.compile("[a-z]+")
print(groups(p.match("hello world")), groups(p.search("123 abc 456")))
print(p.match("123"))
m = re.match("(x)?y", "y")
print(m.group(0), m.group(1))
