# match.groups(), span(), start(), end()
import re

m = re.match("(a)(b)?(c)", "ac")
print(m.groups())
print(m.span(), m.span(0), m.span(1), m.span(2), m.span(3))
print(m.start(), m.end(), m.start(3), m.end(3), m.start(2), m.end(2))
m = re.search("(\\d+)", "abc 123")
print(m.groups(), m.span(1), m.start(1), m.end(1))
print(re.match("x", "x").groups())
m = re.search("b+", "\u00e9\u00e9bb")
print(m.span(), m.group(0))
try:
    m.span(1)
except IndexError:
    print("IndexError")
