# exec and eval with globals and locals dicts
print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("a + b", {"a": 1}, {"b": 2}))
g = {}
exec("y = 5\ndef f(n):\n    return n + y", g)
print(g["y"], g["f"](1))
loc = {}
exec("z = 10", {}, loc)
print(loc)
gv = 100
print(eval("gv + 1"))
exec("gv2 = gv + 2")
print(gv2)
ns = {"lst": []}
exec("for i in range(3): lst.append(i)", ns)
print(ns["lst"])
print(eval("[i * i for i in range(4)]"), eval("7  "), eval("'s' * 2"))
for src in ("1 +", "def"):
    try:
        eval(src)
    except SyntaxError:
        print("SyntaxError")
try:
    eval("undefined_name_xyz")
except NameError:
    print("NameError")
