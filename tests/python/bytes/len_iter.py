# len, iteration, membership and conversion of bytes-like objects
for b in (b"", b"a", b"\x00\x00", bytearray(5)):
    print(len(b), list(b), bool(b))
print(sum(b"\x01\x02\x03"), max(b"az"), min(bytearray(b"az")))
print(tuple(b"hi"), sorted(b"cab"), bytes(sorted(b"cab")))
it = iter(b"ab")
print(next(it), next(it), next(it, None))
print(list(reversed(b"abc")), b"abc"[::1])
