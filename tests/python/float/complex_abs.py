# abs() of complex numbers and mixed ops
print(abs(3 + 4j), abs(-5j), abs(0j), abs(1 + 1j))
print(abs(complex(5, 12)), type(abs(1j)).__name__)
print((3 + 4j) * (3 - 4j), abs((3 + 4j) * (3 - 4j)))
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, 2.0 + 0j == 2.0)
print(bool(0j), bool(1j), bool(0.0 + 0j))
