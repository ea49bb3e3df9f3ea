# multiplication of big ints, signs, and results that shrink back
print(2**32 * 2**32, 2**53 * 3)
print(123456789 * 987654321)
print(123456789123456789 * 987654321987654321)
print(-(2**40) * 2**40, (-(2**40)) * (-(2**40)))
print(10**50 * 0, 0 * -(10**50))
print(3**100)
print((2**100 // 2**99) * 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 2**26)
print(-7 * 10**25, 10**25 * -7)
print(True * 2**70, 2**70 * False)
