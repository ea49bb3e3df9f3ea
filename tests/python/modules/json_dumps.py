# json.dumps of the basic types
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-12), json.dumps(2**70), json.dumps(-(2**64)))
print(json.dumps(1.5), json.dumps(-0.25), json.dumps(1e100), json.dumps(1e-7), json.dumps(0.1))
print(json.dumps(""), json.dumps("abc"), json.dumps("a b\tc"))
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps("\n\r\t\x00\x01\x1f"))
print(json.dumps([]), json.dumps([1, [2, [3]]]), json.dumps([None, True, "x", 1.0]))
print(json.dumps({}), json.dumps({"a": 1}), json.dumps({"a": {"b": [1, {}]}}))
print(json.dumps((1, 2)), json.dumps(((),)), json.dumps([(1,), ("a", None)]))
print(json.dumps({"k": (1, [2])}))
s = json.dumps({"list": [1, 2, 3]})
print(type(s), s, len(s))
