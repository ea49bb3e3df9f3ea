# complex arithmetic
a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a + 1, 2 * a, a * 1.5, 1 - a, a * a)
print(-a, +a, a == 1 + 2j, a != b, a == complex(1, 2))
print(1j * 1j, 2j * 3j, (4 + 2j) / 2)
print(complex(1, 2) + complex(0.5, -0.5))
print(a.real, a.imag, type(a.real).__name__)
print(complex(3), complex(1.5, -2), complex("1+2j"), complex("3j"))
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__)
try:
    a < b
except TypeError:
    print("TypeError")
