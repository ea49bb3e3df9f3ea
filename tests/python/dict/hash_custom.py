# user-defined __hash__ and __eq__ used as dict keys
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
d = {Key(1): "one"}
print(d[Key(1)], Key(1) in d, Key(2) in d)
d[Key(1)] = "uno"
print(len(d), d[Key(1)])
class Plain:
    pass
p = Plain()
d2 = {p: 1}
print(d2[p], Plain() in d2)
