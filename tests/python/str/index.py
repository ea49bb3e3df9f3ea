# index and rindex raise ValueError when not found
s = "abcabc"
print(s.index("b"), s.index("b", 2), s.rindex("b"), s.rindex("b", 0, 4), s.index("c", -1))
for f in (lambda: s.index("x"), lambda: s.rindex("x"), lambda: s.index("a", 4), lambda: s.rindex("c", 0, 2)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
