# dict equality does not depend on order; mixed key types
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2}, {} == {})
print({1: "x"} == {1.0: "x"}, {1: "x"} == {True: "x"}, {"a": [1]} == {"a": [1]}, {"a": 1} == [("a", 1)])
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", b"2": "bytes"}
print(len(d), d[1], d["1"], d[(1,)], d[None], d[2.5], d[b"2"], d[True])
try:
    {1: 2} < {1: 3}
except TypeError:
    print("TypeError")
