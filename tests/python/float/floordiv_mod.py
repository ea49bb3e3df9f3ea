# float floor division and modulo: result sign follows the divisor
for a in (7.5, -7.5, 7.0, -7.0, 0.5, -0.5):
    for b in (2, -2, 2.5, -2.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(5 // 0.3, 5 % 0.3)
print(1e20 // 3, -1e-20 % 1)
print(7 // 2.0, 7 % 2.0, type(7 // 2.0).__name__)
