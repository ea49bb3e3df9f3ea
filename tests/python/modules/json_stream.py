# json.dump to streams and json.load from streams
import io
import json
import os

s = io.StringIO()
json.dump({"a": [1, 2]}, s)
print(s.getvalue())
s = io.StringIO()
json.dump([1, None], s, separators=(",", ":"))
print(s.getvalue())
b = io.BytesIO()
json.dump({"k": "v"}, b)
print(b.getvalue())

print(json.load(io.StringIO('{"x": [true, 1.5]}')))
print(json.load(io.BytesIO(b'[1, "\xc3\xa9"]')))

# round trip through a file
name = "json_stream_tmp.json"
with open(name, "w") as f:
    json.dump({"items": [1, 2, 3], "name": "test"}, f)
with open(name) as f:
    data = json.load(f)
print(data["items"], data["name"])
os.remove(name)


# objects that are not streams
for bad in (1, {}):
    try:
        json.dump(123, bad)
    except (AttributeError, OSError):
        print("Exception")
    try:
        json.load(bad)
    except (AttributeError, OSError):
        print("Exception")
