# comparisons between int, float, bool and big ints
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print(1 < 1.5, 2 > 1.5, -1 < -0.5, 3 <= 3.0, 3 >= 3.0000001)
print(2**53 == 2.0**53, 2**60 == 2.0**60, 2**60 + 2**40 > 2.0**60)
print(10**30 > 1e29, 10**30 < 1e31, -(10**30) < -1e29)
print(True < 2, False < True, True + True == 2)
print(2**100 > 2**99, -(2**100) < -(2**99), 2**100 == 2**100, 2**100 != 2**100 + 1)
print(2**64 > 1, 1 < 2**64, -1 > -(2**64))
print(max(1, 2.5, True), min(0, -0.5, False))
print(sorted([3, 1.5, True, -2, 2**65, 0.0]))
print(1 == "1", 1 != "1", None == 0)
for op in (lambda: 1 < "2", lambda: 1.5 > None, lambda: [] < 1):
    try:
        op()
    except TypeError:
        print("TypeError")
