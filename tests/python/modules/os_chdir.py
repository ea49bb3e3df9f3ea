# the current directory: chdir, getcwd and relative paths
import os

start = os.getcwd()
print(type(start))
d = "os_chdir_tmp"
os.mkdir(d)
os.chdir(d)
print(os.getcwd() == start.rstrip("/") + "/" + d)
print(os.listdir())
with open("inner.txt", "w") as f:
    f.write("inside")
os.mkdir("deeper")
os.chdir("deeper")
with open("../inner.txt") as f:
    print(f.read())
print(os.listdir(".."))
os.chdir("..")
print(sorted(os.listdir()))
os.chdir(".")
print(os.getcwd() == start.rstrip("/") + "/" + d)
os.rmdir("deeper")
os.remove("inner.txt")
os.chdir(start)
print(os.getcwd() == start)
os.rmdir(d)
print(d in os.listdir())
