# bytes patterns and subjects; non-ASCII str subjects
import re

m = re.match(b"(a+)(b*)", b"aaabbc")
print(m.group(0), m.group(1), m.group(2))
print(re.search(b"\\d+", b"abc 123 def").group(0))
print(re.compile(b"b").search("abc").group(0))
print(re.compile("b").search(b"abc").group(0))
print(re.search("\u00e9+", "caf\u00e9\u00e9!").group(0))
print(re.match("caf(..)", "caf\u00e9").group(1) == "\u00e9")
print(re.sub("\u00e9", "e", "\u00e9t\u00e9"))
print(re.search("[a-z]+", "\u4e2d\u6587abc").group(0))
