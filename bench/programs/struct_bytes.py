N = 40000
# struct and bytes: packing and unpacking records, bytearray edits, bytes
# slicing, joining, searching, and int.from_bytes/to_bytes (in rounds of
# 1000 records).
import struct

FMT = "<HhIbB"
SIZE = struct.calcsize(FMT)


def one_round(start, n):
    buf = bytearray(SIZE * n)
    for j in range(n):
        i = start + j
        struct.pack_into(FMT, buf, j * SIZE, i & 0xFFFF, (i % 500) - 250,
                         i * 2654435761 % 4294967296, (i % 200) - 100, i % 256)
    total = 0
    for j in range(0, n, 3):
        a, b, c, d, e = struct.unpack_from(FMT, buf, j * SIZE)
        total = (total + a + b + (c >> 16) + d + e) % 1000000007
    packed = [struct.pack(">iH", start + j, j % 65536) for j in range(n)]
    joined = b"".join(packed)
    found = joined.count(b"\x00\x00")
    chunks = [joined[i : i + 6] for i in range(0, len(joined), 6)]
    back = sum(struct.unpack(">iH", c)[0] for c in chunks[::5])
    ba = bytearray(joined[: n // 2])
    for i in range(len(ba)):
        ba[i] = (ba[i] * 7 + i) & 0xFF
    ints = 0
    for i in range(0, len(ba) - 4, 4):
        ints ^= int.from_bytes(ba[i : i + 4], "little")
    tail = (ints * 31).to_bytes(8, "big")
    adler_a, adler_b = 1, 0
    for v in ba:
        adler_a = (adler_a + v) % 65521
        adler_b = (adler_b + adler_a) % 65521
    return [total, found, back, ints, adler_b * 65536 + adler_a], tail.hex()


acc = [0] * 5
tail = ""
for start in range(0, N, 1000):
    res, tail = one_round(start, min(1000, N - start))
    acc = [(x + y) % 1000000007 for x, y in zip(acc, res)]
print("struct_bytes", N, SIZE, *acc, tail)
