# int.from_bytes with both byte orders and signedness
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x00\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08\x09", "big"))
print(int.from_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08\x09", "little"))
print(int.from_bytes(bytes(range(1, 21)), "big"))
print(int.from_bytes(bytearray(b"\x10\x20"), "little"))
print(int.from_bytes(b"\xff" * 16, "big") == 2**128 - 1)
