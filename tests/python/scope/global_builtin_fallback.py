import builtins
print(len([1]))
def f():
    return len([1, 2])
print(f())
len = lambda x: 99
print(f())
del len
print(f())
builtins.mylen = lambda x: 7
def g():
    return mylen(1)
print(g())
builtins.mylen = lambda x: 8
print(g())
mylen = lambda x: 9
print(g())
del mylen
print(g())
del builtins.mylen
try:
    g()
except NameError as e:
    print("NameError", e)
d = {}
exec("def h(): return abs(-3)", d)
print(d["h"]())
d["abs"] = lambda x: "shadow"
print(d["h"]())
del d["abs"]
print(d["h"]())
globals()["zz"] = 5
def k():
    return zz
print(k())
del globals()["zz"]
try:
    k()
except NameError as e:
    print("NameError", e)
def m():
    global yy
    yy = 3
    return yy + abs(-1)
print(m())
