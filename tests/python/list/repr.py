# repr of lists with mixed contents
print([], [1], [1, "a", None, True, 2.5, b"x", (1,), [], {}], [[[]]])
print(repr([1, 2]), str(["a'b"]), [-0.0, 1e100])
class A:
    def __repr__(self):
        return "<A>"
print([A(), A()], str([A()]))
