# pattern.split
import re

p = re.compile("[,;] *")
print(p.split("a, b;c,  d"))
print(p.split("a, b;c,  d", 1))
print(p.split("a, b;c,  d", 2))
print(p.split("nothing"))
print(p.split(""))
print(p.split(",a,"))
print(re.compile(" *").split("a b"))
print(re.compile("x*").split("axbc"))
print(re.compile(b",").split(b"1,2,3"))
try:
    re.compile("( )").split("a b")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    re.split
except AttributeError:
    print("AttributeError")
