# MicroPython wording of TypeError messages from builtins
tests = [
    lambda: round("a"),
    lambda: divmod(1, "a"),
    lambda: pow(1, 2, 3.0),
    lambda: isinstance(1, 1),
    lambda: "a".center(),
    lambda: map(1),
    lambda: reversed(1),
    lambda: type(None)(),
    lambda: len(5),
    lambda: 1 + "a",
    lambda: hash([]),
    lambda: iter(5),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
