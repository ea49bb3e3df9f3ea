# __iter__ / __next__ iterator protocol
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for v in Countdown(2):
    print("v", v)
c = Countdown(2)
print(next(c), next(c), next(c, "done"))

# iterable returning a fresh iterator each time
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n, 2))
r = Range2(7)
print(list(r), list(r), sum(r), sorted(r, reverse=True))
print(3 in r, 4 in r)
a, b, *rest = r
print(a, b, rest)

# __iter__ as a generator function
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t))

# old-style sequence iteration via __getitem__
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(Seq()), [x for x in Seq()])

# iter() on a non-iterable
try:
    iter(5)
except TypeError:
    print("TypeError not iterable")
