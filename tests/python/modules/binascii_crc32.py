# binascii: crc32, also incremental
import binascii

print(binascii.crc32(b""), binascii.crc32(b"a"), binascii.crc32(b"123456789"))
print(binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(bytes(range(256))), binascii.crc32(bytearray(100)))
crc = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", crc) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 0), binascii.crc32(b"abc", 12345), binascii.crc32(b"abc", 0xFFFFFFFF))
print(binascii.crc32(b"abc", -1), binascii.crc32(b"abc", 2**40 + 7) == binascii.crc32(b"abc", 7))
print(binascii.crc32("text"), binascii.crc32(memoryview(b"text")))
print(type(binascii.crc32(b"\xff" * 7)), binascii.crc32(b"\xff" * 7) > 0)
for args in ((None,), (b"", 1.5), (b"", "x"), ()):
    try:
        binascii.crc32(*args)
    except TypeError as e:
        print("TypeError", e)
print(sorted(n for n in dir(binascii) if not n.startswith("_")))
