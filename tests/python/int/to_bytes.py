# int.to_bytes with both byte orders
print((1).to_bytes(1, "big"), (258).to_bytes(2, "big"), (258).to_bytes(2, "little"))
print((0).to_bytes(4, "little"), (255).to_bytes(3, "big"))
print((2**64 - 1).to_bytes(8, "big"), (2**64 + 1).to_bytes(9, "little"))
print((2**100).to_bytes(13, "big"))
n = 0x0102030405060708090A
print(n.to_bytes(10, "big"), n.to_bytes(10, "little"))
print(int.from_bytes(n.to_bytes(12, "little"), "little") == n)
print((65).to_bytes(1, "big") + (66).to_bytes(1, "big"))
