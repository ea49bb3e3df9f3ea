# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
n = None
print(n is None, n is not None, (n is None) is True)
print(2 in a, 3 in a, 3 not in a, not 3 in a)
print("b" in "abc", "bc" in "abc", "" in "abc", "ac" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 2 in {2, 3})
print((1, 2) in [(1, 2)], [1] in [[1]])
print(1 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b"a" in b"abc", 97 in b"abc")

class C:
    def __contains__(self, x):
        print("contains", x)
        return x == 42

print(42 in C(), 1 in C(), 1 not in C())

class It:
    def __iter__(self):
        return iter([1, 2, 3])

print(2 in It(), 9 in It())

class G:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(20 in G(), 5 in G())
try:
    1 in 5
except TypeError:
    print("TypeError")
