# json.dumps(..., separators=(item, key))
import json

obj = {"a": [1, 2, {"b": None}]}
print(json.dumps(obj, separators=(",", ":")))
print(json.dumps(obj, separators=(", ", ": ")))
print(json.dumps(obj, separators=[";", "="]))
print(json.dumps(obj, separators=None))
print(json.dumps([1, (2, 3)], separators=(" , ", " : ")))
print(json.dumps([], separators=(",", ":")), json.dumps({}, separators=(",", ":")))
for seps in [(",",), (",", ":", "!"), []]:
    try:
        json.dumps(1, separators=seps)
    except ValueError:
        print("ValueError")
for seps in [1, {"a": 1}]:
    try:
        json.dumps(1, separators=seps)
    except TypeError:
        print("TypeError")
