# json.loads of valid documents
import json

print(json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads("0"), json.loads("-5"), json.loads("123456789012345678901234567890"))
print(json.loads("1.5"), json.loads("-2.5e3"), json.loads("1E2"), json.loads("0.001"), json.loads("-0.0"))
print(repr(json.loads('""')), repr(json.loads('"abc"')))
print(repr(json.loads('"a\\"b\\\\c\\/d"')))
print(repr(json.loads('"\\b\\f\\n\\r\\t"')))
print(repr(json.loads('"\\u0041\\u00e9\\u4e2d"')))
print(json.loads("[]"), json.loads("{}"), json.loads("[1, [2, [3, []]]]"))
print(json.loads('{"a": {"b": [true, false, null]}}'))
print(json.loads('  \t\n\r [ 1 , 2 ]  \n'))
print(json.loads('{"x": 1, "x": 2}'))
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": []}')))
print(repr(json.loads('"caf\u00e9"')), repr(json.loads(b'"\xc3\xa9"')))
v = json.loads('{"list": [1, 2.0, "three"]}')
print(type(v), type(v["list"]), [type(x).__name__ for x in v["list"]])
print(json.loads(json.dumps({"round": [1, "trip", None, 2.5]})))
