# sum() over bytes and bytearray (and the start value's type carries over)
print(sum(b"abc"), sum(bytearray(b"\x01\x02\xff")), sum(b""), sum(bytearray()))
print(sum(b"ab", 10), sum(b"ab", 0.5), sum(bytearray(1000)), sum(bytearray(range(256))))
print(sum([1, 2, 3]), sum((1.5, 2)), sum([[1], [2]], []))
try:
    sum(b"a", "x")
except TypeError as e:
    print("TypeError")
