# MicroPython's JSON parser treats commas and colons as whitespace and
# accepts any value as a key
import json

print(json.loads("[1 2 3]"))
print(json.loads("[1,,2,]"))
print(json.loads('{"a" "b"}'))
print(json.loads('{"a":1,}'))
print(json.loads("{1: 2, true: null}"))
print(json.loads('[,"x":]'))
print(json.loads("[1]\x00ignored"))
print(json.loads("0123"))
print(json.loads("1 \x0b\x0c"))
