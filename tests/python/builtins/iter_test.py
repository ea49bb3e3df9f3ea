# iter() on iterables, iterators and the sequence protocol
it = iter([1, 2])
print(iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError:
    print("TypeError")
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())), list(Seq()), 20 in Seq())
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), sum(It()), [x for x in It()])
d = {"k": 1}
print(list(iter(d)), list(iter("ab")), list(iter((1,))))
