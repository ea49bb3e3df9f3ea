# binascii: base64 encoding and MicroPython's lenient decoding
import binascii

for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(10)), b"\xff\xfe\xfd"):
    enc = binascii.b2a_base64(data)
    print(data, enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b"hi", False), binascii.b2a_base64(b"hi", True))
print(binascii.b2a_base64(b"hi", newline=0), binascii.b2a_base64(b"hi", newline=[1]))
print(binascii.b2a_base64(bytearray(b"xyz")), binascii.b2a_base64("str"))
print(binascii.b2a_base64(bytes(range(60))))

for s in (b"Zm9vYmFy", "Zm9vYmE=", b"Zm9vYg==", b"Zm8=", b"Zg==", b"", b"Zm9v\nYmFy\n", "Zm 9v\tYmFy",
          b"Zm9v!!YmFy", b"Zg===", b"Zm9=v", b"YQ==YQ==", b"!!!"):
    try:
        print(s, binascii.a2b_base64(s))
    except ValueError as e:
        print(s, "ValueError", e)
for s in (b"Zg", b"Zg=", b"Zm9", b"Z", b"Zm9vY"):
    try:
        print(binascii.a2b_base64(s))
    except ValueError as e:
        print(s, "ValueError", e)
for args, kw in (((None,), {}), ((), {}), ((b"a",), {"foo": 1}), ((b"a", 1, 2), {})):
    try:
        binascii.b2a_base64(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
try:
    binascii.a2b_base64(5)
except TypeError as e:
    print("TypeError", e)
