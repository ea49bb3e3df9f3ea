# builtin methods called at one call site many times, in plain functions:
# lists, dicts, sets, bytearrays, subclasses that override a method, and
# receivers of changing types at the same site


class MyList(list):
    def append(self, x):
        super().append(x * 10)


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


def counts(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())


def pops(seq):
    out = []
    while seq:
        out.append(seq.pop())
    return out


def adds(s, items):
    for x in items:
        s.add(x)
    return sorted(s)


def call_any(o, x):
    # the same site sees a list, a MyList, a bytearray and a dict
    try:
        o.append(x)
    except AttributeError as e:
        return "AttributeError"
    return o


print(fill([], 5), fill(MyList(), 3))
print(counts("a b a c b a".split()))
print(pops([1, 2, 3]), pops([4]))
print(adds(set(), [3, 1, 3, 2]))
print(call_any([1], 2), call_any(MyList([1]), 2), call_any(bytearray(b"a"), 98), call_any({}, 1))
for i in range(3):
    print(fill([], i), counts(["x"] * i))
L = []
for i in range(3):
    try:
        L.append()
    except TypeError:
        print("TypeError")
    try:
        L.append(1, 2)
    except TypeError:
        print("TypeError")
print(L)
