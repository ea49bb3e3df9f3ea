# repr and str of common float values
vals = [0.0, 1.0, -1.0, 0.5, 0.1, 0.2, 0.3, 1.5, 2.25, 3.14159, 100.0, 1234.5, -0.001, 0.125, 10.0, 2.5e-3]
for v in vals:
    print(v, repr(v), str(v))
print(1 / 3, 2 / 3, 10 / 4, 7 / 7)
print([1.0, 2.5], (0.5,), {"k": 0.25})
print(float(7), float(-3), 3 * 1.0)
