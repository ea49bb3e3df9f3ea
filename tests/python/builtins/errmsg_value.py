# MicroPython wording of ValueError and OverflowError messages from builtins
tests = [
    lambda: float("x"),
    lambda: complex("x"),
    lambda: chr(-1),
    lambda: min([]),
    lambda: max(()),
    lambda: (256).to_bytes(1, "big"),
    lambda: int("x"),
    lambda: [1].index(5),
    lambda: "abc".index("z"),
    lambda: range(1, 2, 0),
]
for t in tests:
    try:
        t()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
