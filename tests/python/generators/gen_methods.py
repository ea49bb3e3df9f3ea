# generators as methods, classmethods and in __iter__
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        i = self.lo
        while i < self.hi:
            yield i
            i += 1
    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v
    @classmethod
    def squares(cls, n):
        yield from (i * i for i in cls(0, n))
    @staticmethod
    def countdown(n):
        while n:
            yield n
            n -= 1

r = Range(3, 9)
print(list(r), list(r.evens()), list(Range.squares(4)), list(Range.countdown(3)))
# independent iterators
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))

# generator capturing self state changes
class Buffer:
    def __init__(self):
        self.items = []
    def drain(self):
        while self.items:
            yield self.items.pop(0)
b = Buffer()
b.items.extend([1, 2])
d = b.drain()
print(next(d))
b.items.append(3)
print(list(d))
