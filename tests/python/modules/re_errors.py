# errors: bad patterns, bad group numbers, bad argument types
import re

for pat in ["?", "*", "+", ")", "(", "[", "[a", "([)", "a**", "a|*", "\\", "(?P<n>a)", "[" + "a" * 200 + "]", "(a)" * 100]:
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except ValueError as e:
        print(repr(pat[:10]), "ValueError", e)

m = re.match("(a)", "a")
for n in [2, -1]:
    try:
        m.group(n)
    except IndexError as e:
        print("IndexError", e)
try:
    m.group("1")
except TypeError:
    print("TypeError")
for args in [(1, "a"), ("a", 1), ("a", bytearray(b"a"))]:
    try:
        re.match(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    re.match("(a*)*", "aaa")
except RuntimeError as e:
    print("RuntimeError", e)
