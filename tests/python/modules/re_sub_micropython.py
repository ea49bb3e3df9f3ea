# MicroPython specifics of re.sub: stops at the first empty match,
# unknown escapes in the replacement drop the backslash
import re

print(re.sub("x*", "-", "abc"))
print(re.sub("a", r"\n", "bab"))
print(re.sub("a", r"\g<name>", "bab"))
try:
    re.sub("(a)", r"\2", "a")
except IndexError as e:
    print("IndexError", e)
try:
    re.sub("a", lambda m: 5, "a")
except TypeError as e:
    print("TypeError", e)
try:
    re.sub("a", "b", "c", count=1)
except TypeError:
    print("TypeError")
