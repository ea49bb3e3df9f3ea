# max/min on strings, tuples and with equal elements (first one wins)
print(max("apple", "pear", "fig"), min("apple", "pear", "fig"), max(["b", "a", "c"]))
print(max((1, "z"), (2, "a")), min([(1, 2), (1, 1)]))
class V:
    def __init__(self, n, tag):
        self.n, self.tag = n, tag
    def __lt__(self, o):
        return self.n < o.n
    def __gt__(self, o):
        return self.n > o.n
vs = [V(1, "a"), V(3, "b"), V(3, "c"), V(1, "d")]
print(max(vs).tag, min(vs).tag, max(vs, key=lambda v: v.n).tag, min(vs, key=lambda v: v.n).tag)
print(max([1, 1.0]), min([1.0, 1]), max(0, False), min(False, 0))
