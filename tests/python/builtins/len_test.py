# len() of builtins and objects with __len__
print(len(""), len("abc"), len([1]), len(()), len({1: 2}), len({1, 2}), len(b"xy"), len(bytearray(3)), len(range(10)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(frozenset([1])), len("\U0001f600"))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
