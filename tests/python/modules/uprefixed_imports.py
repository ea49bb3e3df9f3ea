# the u-prefixed names of the binary modules import the same modules
import struct, array, random, binascii, heapq
import ustruct, uarray, urandom, ubinascii, uheapq

print(ustruct is struct, uarray is array, urandom is random, ubinascii is binascii, uheapq is heapq)
print(ustruct.pack("<h", 1), uarray.array("b", [1]), ubinascii.hexlify(b"\x01"))
from uarray import array as A

print(A("h", [2]))
urandom.seed(5)
x = random.getrandbits(32)
random.seed(5)
print(urandom.getrandbits(32) == x)
for m in (ustruct, uarray, urandom, ubinascii, uheapq):
    print(m.__name__)
