# float() parsing of strings
for s in ("1", "1.5", "-2.25", "  3.0  ", "+4", ".5", "5.", "1e3", "1E-3", "-1.5e+2", "1_000.5", "0.000001", "\t7\n", "12345678901234567890", "1e400", "-1e400", "1e-400"):
    print(repr(s), float(s))
print(float(), float(5), float(True), float(2**70), float(1.5))
class A:
    def __float__(self):
        return 2.5
print(float(A()))
