# globals() and locals()
g = globals()
print(type(g).__name__, "__name__" in g, g["__name__"])
new_global = 5
print(g["new_global"])
g["injected"] = 42
print(injected)
def f():
    return sorted(globals().keys()) == sorted(g.keys())
print(f())
print(locals() is globals() or True)
