# int methods and attributes available in MicroPython
print((255).to_bytes(1, "little"), int.from_bytes(b"\x7f", "big"))
print(hasattr(1, "to_bytes"), hasattr(int, "from_bytes"))
x = 0
for n in (0, 1, 2, 255, 256, 2**31 - 1, 2**32, 2**100):
    print(n, len(bin(n)) - 2)
