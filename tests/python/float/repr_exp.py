# floats printed with exponents
vals = [1e16, 1e15, 1e17, 1e22, 1e100, 1.5e300, 1e-4, 1e-5, 1e-7, 1.5e-10, 2.5e-300, -1e20, 123456789.0, 1e308]
for v in vals:
    print(v)
print(2.0**70, 2.0**-20, 10.0**10)
print(1e5, 1e6, 12345678.0)
