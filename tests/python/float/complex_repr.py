# repr of complex numbers
for c in (1j, complex(0, -1), 0j, 1 + 1j, 1 - 1j, -1 - 1j, 2.5 + 0j, 1e20j, 1.5 + 2.25j, complex(2, -3.5)):
    print(c, repr(c))
print(str(3 + 4j), [1j, 2 + 3j])
print(complex(float("inf"), 1), complex(1, float("nan")))
