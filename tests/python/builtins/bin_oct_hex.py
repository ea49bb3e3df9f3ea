# bin(), oct(), hex() of ints, negatives and big ints
for n in (0, 1, -1, 7, 8, 255, -256, 2**32, -(2**64), 2**100 + 1):
    print(bin(n), oct(n), hex(n))
print(hex(True), bin(False))
class I:
    def __index__(self):
        return 10
for bad in (1.5, "1", None):
    try:
        hex(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
