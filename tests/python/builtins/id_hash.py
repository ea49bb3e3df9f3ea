# id() and hash()
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1) == 1, hash(0) == 0, hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(hash(b"x") == hash(b"x"), hash(True) == 1, hash(1.0) == 1, type(hash("s")).__name__)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class E:
    def __eq__(self, o):
        return True
try:
    hash(E())
    print("hashable")
except TypeError:
    print("TypeError E")
