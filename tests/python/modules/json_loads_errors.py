# json.loads errors: everything is a ValueError
import json

docs = ["", " ", "[", "[1", "]", "{", '{"a"', '{"a":1', '"abc', "nul", "tru", "fals",
        "1 2", "[1]x", "x", "'a'", "{[]: 1}", '{"a": {}, {}: 1}', "[1]]", "-", "1e", "1.2.3",
        "1-2", "--1", "\x0c1", '"a\x00b"', "NaN", "Infinity"]
for doc in docs:
    try:
        print(repr(doc), json.loads(doc))
    except ValueError as e:
        print(repr(doc), "ValueError", e)
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError:
        print("TypeError")
