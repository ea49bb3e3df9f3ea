# MicroPython's regex syntax: escapes other than \d\w\s are literal chars,
# counted repetition is literal text; repr of match and pattern objects
import re

print(re.match(r"\n", "n") is not None, re.match(r"\n", "\n"))
print(re.match("a{2}", "a{2}").group(0), re.match("a{2}", "aa"))
print(re.match("\t", "\t") is not None)
print(re.match("(a)(b)", "ab"))
print(re.match("x", "x"), re.search("x", "x"))
print(type(re.compile("a")), type(re.match("a", "a")))
print(repr(re.compile("a"))[:4])
print(re.compile("a") == re.compile("a"))
print(re.match(re.compile("b"), "b").group(0))
print(len(re.match(".*", "a" * 500).group(0)))
