# json.dumps leaves non-ASCII text as is (MicroPython does not escape it)
import json

print(json.dumps("caf\u00e9"))
print(json.dumps(["\u4e2d\u6587", "\u20ac5"]))
print(json.dumps({"\u00fc": "\u00f6"}))
print(json.dumps("\U0001f600"))
print(len(json.dumps("\u00e9")))
