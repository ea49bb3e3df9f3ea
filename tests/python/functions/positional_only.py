# positional-only parameters (PEP 570) are supported, as in CPython; the
# reference MicroPython rejects "/" in a parameter list
def try_compile(src):
    try:
        exec(src)
        print("compiled:", src.splitlines()[0])
    except SyntaxError:
        print("SyntaxError:", src.splitlines()[0])

try_compile("def f(a, b, /, c):\n    return a, b, c")
try_compile("def g(x=1, /):\n    return x")
try_compile("lam = lambda a, /: a")
# the normal parameter forms compile
try_compile("def h(a, b=1, *args, c, d=2, **kw):\n    pass")
try_compile("def k(*, a):\n    pass")
