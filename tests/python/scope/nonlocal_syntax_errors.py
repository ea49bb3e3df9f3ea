# nonlocal/global misuse is detected at compile time
def try_compile(src):
    try:
        exec(src)
        print("compiled")
    except SyntaxError:
        print("SyntaxError")

# nonlocal at module level
try_compile("nonlocal x")
# nonlocal with no enclosing binding
try_compile("def f():\n    nonlocal nothing_here\n")
# valid nonlocal
try_compile("def f():\n    a = 1\n    def g():\n        nonlocal a\n        a = 2\n")
# global at module level is allowed
try_compile("global y\ny = 1")
