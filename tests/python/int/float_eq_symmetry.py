# comparing an int with a float gives the same answer whichever side each is on
pairs = [(1, 1.0), (2**53, 2.0**53), (2**53 + 1, 2.0**53), (10**100, 1e100), (2**70, 2.0**70), (-(2**64) - 1, -(2.0**64)), (3, 3.5)]
for i, f in pairs:
    print(i == f, f == i, i != f, f != i, (i < f) == (f > i), (i <= f) == (f >= i))
    print((i == f) == (f == i), (i != f) == (f != i))
