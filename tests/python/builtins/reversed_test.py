# reversed() on sequences and objects with __reversed__
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(4))), list(reversed([])))
print(list(reversed(range(1, 10, 3))), "".join(reversed("xyz")), list(reversed(b"ab")))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(S())))
it = reversed([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    reversed(5)
except TypeError:
    print("TypeError")
