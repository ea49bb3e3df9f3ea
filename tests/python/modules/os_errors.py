# filesystem errors raise OSError with an errno
import os

d = "os_errors_tmp"
os.mkdir(d)
with open(d + "/f", "w") as f:
    f.write("x")
os.mkdir(d + "/full")
with open(d + "/full/g", "w") as f:
    f.write("y")


def err(name, *args):
    try:
        getattr(os, name)(*args)
        print("no error")
    except OSError as e:
        print(name, e.errno, e.args[0] == e.errno, repr(e))


err("stat", d + "/missing")
err("listdir", d + "/missing")
err("listdir", d + "/f")
err("mkdir", d)
err("mkdir", d + "/missing/x")
err("remove", d + "/missing")
err("remove", d + "/full")
err("rmdir", d + "/missing")
err("rmdir", d + "/f")
err("rmdir", d + "/full")
err("rename", d + "/missing", d + "/other")
err("chdir", d + "/missing")
err("chdir", d + "/f")
try:
    os.stat(123)
except TypeError as e:
    print("TypeError", e)

os.remove(d + "/full/g")
os.rmdir(d + "/full")
os.remove(d + "/f")
os.rmdir(d)
print(d in os.listdir())
