# binascii: hexlify / unhexlify
import binascii

print(binascii.hexlify(b""), binascii.hexlify(b"\x00\x01\x7f\x80\xff"))
print(binascii.hexlify(bytes(range(16))))
print(binascii.hexlify(bytearray(b"AZ")), binascii.hexlify(memoryview(b"xy")))
print(binascii.hexlify("é"))
print(binascii.hexlify(b"\x01\x02\x03", ":"), binascii.hexlify(b"\x01\x02\x03", b"-"))
print(binascii.hexlify(b"\x01", ":"), binascii.hexlify(b"", ":"))
print(binascii.hexlify(b"\xab\xcd", ", "))
print(binascii.unhexlify(b"0001ff"), binascii.unhexlify("DEADbeef"))
print(binascii.unhexlify(""), binascii.unhexlify(" 01 02\t03\n"))
print(binascii.unhexlify(bytearray(b"4142")), binascii.unhexlify(memoryview(b"43")))
print(binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
print(type(binascii.hexlify(b"a")), type(binascii.unhexlify(b"61")))
for bad in ("0", "abc", "0g", "g0", "0 1", "\xff\xff"):
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
for args in ((None,), (1,), (b"ab", None), (b"ab", 5)):
    try:
        binascii.hexlify(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    binascii.unhexlify(None)
except TypeError as e:
    print("TypeError", e)
