# floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 1, -1, 13):
    for b in (3, -3, 1, -1, 7):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 2**70, -1 % 2**70)
print(1 // -(2**70), 1 % -(2**70))
print(-(10**30) // 7, -(10**30) % 7)
print(10**30 // -7, 10**30 % -7)
print(-(10**30) // -(10**15), -(10**30) % -(10**15 + 1))
