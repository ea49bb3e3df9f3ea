# bytearray mutation
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = 0x46
print(ba)
ba[1:3] = b"XYZ"
print(ba, len(ba))
ba[0:0] = b"<<"
print(ba)
ba[0:2] = b""
print(ba)
ba[-1:] = bytearray()
print(ba)
ba.append(33)
ba.extend(b"??")
ba.extend([49, 50])
print(ba)
ba += b"++"
print(ba)
ba2 = ba + ba
print(len(ba2), ba2[:4])
try:
    b"abc"[0] = 1
except TypeError:
    print("TypeError")
