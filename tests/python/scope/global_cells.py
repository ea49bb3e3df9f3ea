x = 1
def f():
    return x + len([1])
print(f())
del x
try: f()
except NameError as e: print("NE")
x = 5
print(f(), "x" in globals())
globals()["x"] = 7
print(f())
def g():
    global y
    y = 3
g(); print(y)
len = lambda a: 100
print(f())
del len
print(f())
import builtins
builtins.zz = 42
print(zz)
d = {"k": 1}
exec("k = k + 1\nq = 9", d)
print(d["k"], d["q"])
exec("def h(): return k * 2\nr = h()", d)
print(d["r"])
class C:
    x = x + 1
    print(x)
print([x for _ in range(2)])
print((w := 4), w)
