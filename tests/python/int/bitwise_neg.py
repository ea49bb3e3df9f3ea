# bitwise operators on negative numbers (two's complement semantics)
vals = (0, 1, -1, 5, -5, 12, -12, 255, -256)
for a in vals:
    print(a, a & 7, a | 7, a ^ 7, a & -8, a | -8, a ^ -8, ~a)
print(-1 & 0xFFFFFFFF, -1 & 0xFFFFFFFFFFFFFFFF)
print(-(2**31) & 0xFFFFFFFF, (2**31) | -(2**31))
print(~0, ~-1, ~(2**31), ~(-(2**31)))
