# list() from various iterables
print(list(), list([1, 2]), list((3, 4)), list("ab"), list(range(3)), list(b"AB"))
print(list({1: "a"}), list({5}), list(x * 2 for x in range(3)), list(map(abs, [-1, -2])))
print(list(iter([7, 8])), list(reversed([1, 2, 3])), list(enumerate("xy")), list(zip([1], [2])))
print(sorted(list({"a": 1, "b": 2}.values())))
l = [1, 2]
print(list(l) is l, list(l) == l)
try:
    list(5)
except TypeError:
    print("TypeError")
try:
    list(1, 2)
except TypeError:
    print("TypeError")
