# creating, listing, renaming and removing files and directories
import os

d = "os_files_tmp"
os.mkdir(d)
print(d in os.listdir(), d in os.listdir("."))
print(os.listdir(d))
with open(d + "/a.txt", "w") as f:
    f.write("hello")
with open(d + "/b.bin", "wb") as f:
    f.write(b"\x00\x01\x02")
os.mkdir(d + "/sub")
print(sorted(os.listdir(d)))
print(sorted(os.listdir(d.encode())))

st = os.stat(d + "/a.txt")
print(type(st), len(st), st[0] & 0xF000 == 0x8000, st[6])
print(os.stat(d + "/b.bin")[6], os.stat(d)[0] & 0xF000 == 0x4000)

entries = sorted((e[0], e[1]) for e in os.ilistdir(d))
print(entries)
print(sorted(type(e[0]).__name__ for e in os.ilistdir(d.encode())))

os.rename(d + "/a.txt", d + "/c.txt")
print(sorted(os.listdir(d)))
with open(d + "/c.txt") as f:
    print(f.read())
os.rename(d + "/c.txt", d + "/sub/c.txt")
print(sorted(os.listdir(d)), os.listdir(d + "/sub"))

os.remove(d + "/sub/c.txt")
os.unlink(d + "/b.bin")
os.rmdir(d + "/sub")
print(os.listdir(d))
os.rmdir(d)
print(d in os.listdir())
