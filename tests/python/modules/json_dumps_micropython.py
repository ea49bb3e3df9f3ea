# MicroPython specifics of json.dumps: non-str keys are quoted, floats use
# their repr, any other object is written as its repr, extra options refuse
import json

print(json.dumps({1: 2}))
print(json.dumps({None: 0}), json.dumps({2.5: "x"}), json.dumps({False: 1}))
print(json.dumps({(1, "a"): 2}))
print(json.dumps(float("inf")), json.dumps(float("-inf")), json.dumps(float("nan")))
print(json.dumps(b"bytes"), json.dumps({b"k": 1}))


class Point:
    def __repr__(self):
        return "Point()"


print(json.dumps([Point()]))
print(json.dumps(range(3)))
for kw in ({"indent": 2}, {"sort_keys": True}):
    try:
        json.dumps([1], **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps()
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(1, 2)
except TypeError as e:
    print("TypeError", e)
a = []
a.append(a)
try:
    json.dumps(a)
except RuntimeError as e:
    print("RuntimeError", e)
