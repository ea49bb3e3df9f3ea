# character classes, ranges and the named classes \d \w \s
import re

def g(p, s):
    m = re.match(p, s)
    print(m and m.group(0))

g("[abc]+", "cabbage")
g("[^abc]+", "xyzabc")
g("[a-c0-2]+", "a1b2c3")
g("[a-]+", "a-a-b")
g("[]a]+", "]a")
g("\\d+", "2024-01-01")
g("\\D+", "abc123")
g("\\w+", "hello_world 42")
g("\\W+", "  -+=x")
g("\\s+", " \t\n\r\x0b\x0cx")
g("\\S+", "text here")
g("[\\d\\s]+", "1 2 3x")
g("[^\\s]+", "word next")
g("[\\W]+", "!? a")
g("[.]+", "...x")
g("\\.+", "..x")
g("[\\]]+", "]]x")
g("[A-Z][a-z]*", "Hello")
