# abs() of a complex is sqrt(re*re + im*im), as MicroPython computes it: it
# overflows to inf and underflows to 0.0 where hypot would not, and its last
# digit can differ from hypot's; complex powers use the same magnitude.
import cmath

print(abs(complex(3e200, 4e200)), abs(complex(1e-200, 1e-200)))
print(abs(complex(0.1, 0.7)), cmath.polar(complex(0.1, 0.7)))
out = []
for i in range(1, 40):
    z = complex(i * 0.37, i * 1.13 - 7)
    out.append(abs(z))
    out.append(z**1.7)
    out.append(z ** complex(0.3, 0.2))
for i in range(0, len(out), 3):
    print(out[i], out[i + 1], out[i + 2])
