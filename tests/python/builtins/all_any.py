# all() and any() with various iterables, including short-circuit
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, "x"]))
print(all("abc"), any(""), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(10)))
def gen():
    yield 1
    yield 0
    print("not reached")
    yield 1
print(all(gen()))
def gen2():
    yield 0
    yield 1
    print("not reached")
print(any(gen2()))
print(all({0: 1}), any({0: 1, 1: 0}), all([[]]), any([[0]]))
try:
    all(5)
except TypeError:
    print("TypeError")
