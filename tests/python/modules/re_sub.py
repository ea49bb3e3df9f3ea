# re.sub with string and function replacements
import re

print(re.sub("a", "b", "banana"))
print(re.sub("a", "b", "banana", 2))
print(re.sub("x", "y", "abc"))
print(re.sub("(\\w+) (\\w+)", "\\2 \\1", "hello world"))
print(re.sub("(\\w+) (\\w+)", r"\g<2>-\g<1>", "hello world"))
print(re.sub("(b)", r"[\1\\]", "abc"))
print(re.sub("\\d+", lambda m: str(int(m.group(0)) * 2), "a1b22c333"))
print(re.sub("(a)(b)?", r"\2-\1", "1a2"))
print(re.compile("o").sub("0", "foo boo"))
print(re.compile("o").sub("0", "foo boo", 1))
print(re.sub(b"a+", b"A", b"caaat"))
print(re.sub("[aeiou]", "", "programming language"))
