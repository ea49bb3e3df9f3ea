# statvfs: ten ints describing the filesystem holding a path
import os

s = os.statvfs("/")
print(len(s), all(isinstance(x, int) for x in s), s[0] > 0, s[2] >= s[3] >= 0)
print(os.statvfs(".")[0] == s[0])
try:
    os.statvfs("/no/such/dir")
except OSError as e:
    print("OSError", e.errno)
