# abs() of ints, floats, bools, big ints and objects with __abs__
print(abs(0), abs(-5), abs(5), abs(-2.5), abs(True), abs(False), abs(-(2**100)), abs(-0.0))
print(abs(float("-inf")), abs(-(2**63)), type(abs(-True)).__name__)
class V:
    def __abs__(self):
        return "abs called"
print(abs(V()))
for bad in ("x", None, [1]):
    try:
        abs(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
