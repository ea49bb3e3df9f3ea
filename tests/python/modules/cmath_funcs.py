# cmath: the complex functions MicroPython provides
import cmath


def c(z):
    re = z.real if abs(z.real) > 1e-12 else 0.0
    im = z.imag if abs(z.imag) > 1e-12 else 0.0
    return "(%.8g, %.8g)" % (re, im)


print("%.10g %.10g" % (cmath.e, cmath.pi))
vals = [1, -1, 0.5, 2j, -2j, 1 + 1j, -1 - 1j, 3 - 4j, -0.5 + 2j, 10 + 0.1j]
for name in ("exp", "log", "log10", "sqrt", "cos", "sin"):
    f = getattr(cmath, name)
    print(name, " ".join(c(f(z)) for z in vals))
for i, z in enumerate(vals + [0, 0j, -3]):
    r, phi = cmath.polar(z)
    print("polar", i, "%.8g %.8g" % (r, phi), "phase %.8g" % cmath.phase(z))
for r, phi in ((0, 0), (1, 0), (2, cmath.pi / 2), (1, -cmath.pi), (3, 1), (1.5, -0.25)):
    print("rect", c(cmath.rect(r, phi)))
print(type(cmath.sqrt(4)), type(cmath.phase(1j)), type(cmath.polar(1)))
print(cmath.sqrt(-1), cmath.exp(0), cmath.log(1))
print(cmath.phase(-1), cmath.phase(-1 + 0j), cmath.phase(complex(-1, -0.0)))
z = cmath.exp(1j * cmath.pi)
print("%.6g %.6g" % (z.real, z.imag))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))
