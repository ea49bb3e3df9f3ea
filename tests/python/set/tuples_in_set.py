# sets of tuples and mixed hashable types
pts = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(len(pts), sorted(pts), (1, 2) in pts, [1, 2] in [list(p) for p in pts])
seen = set()
for p in [(1, 1), (2, 2), (1, 1), (1, 1.0)]:
    if p in seen:
        print("dup", p)
    seen.add(p)
print(len(seen))
mixed = {1, "1", (1,), 1.5, None, b"2"}
print(len(mixed), 1.0 in mixed, "1" in mixed, (1,) in mixed)
