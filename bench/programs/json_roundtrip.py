N = 600
# json: dumps and loads round trips of nested lists and dicts with str, int,
# bool and None values, plus strings that need escaping.
import json


def record(i):
    return {
        "id": i,
        "name": "user%d" % i,
        "tags": ["t%d" % (i % 7), "g%d" % (i % 3), 'q"uote', "back\\slash"],
        "active": i % 2 == 0,
        "score": (i * 7919) % 10007 - 5000,
        "parent": None if i % 5 else i // 5,
        "nested": {"a": [i, i + 1, [i + 2, {"b": "x\ny"}]], "c": {}},
    }


def run(n):
    data = [record(i) for i in range(n)]
    total_len = 0
    ok = 0
    for r in range(10):
        text = json.dumps(data)
        total_len += len(text)
        back = json.loads(text)
        if back == data:
            ok += 1
        data = back
        data[r % n]["score"] += 1
    small = 0
    for i in range(n * 10):
        s = json.dumps([i, "k%d" % i, {"v": i % 17}])
        small += json.loads(s)[2]["v"]
    return total_len, ok, small, data[3 % n]["score"], data[n - 1]["nested"]["a"][2][0]


print("json_roundtrip", N, *run(N))
