# the mount table: the board's filesystem at /, and statvfs of it
import os, vfs

ms = vfs.mount()
print(type(ms), len(ms))
fs, path = ms[0]
print(fs, path, type(fs).__name__)
s = os.statvfs("/")
print(len(s), all(isinstance(x, int) for x in s), s[0] > 0, s[2] >= s[3] >= 0)
print(fs.statvfs("/") [0] == s[0])
print(fs.getcwd() == os.getcwd())
print(sorted(fs.ilistdir(".")) == sorted(os.ilistdir(".")))
try:
    os.statvfs("/no/such/dir")
except OSError as e:
    print("OSError", e.errno)
