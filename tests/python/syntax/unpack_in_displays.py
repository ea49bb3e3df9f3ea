# * and ** unpacking in list/tuple/set/dict displays (PEP 448), as in CPython;
# the reference MicroPython only allows them in calls and assignment targets
def try_compile(src):
    try:
        exec(src)
    except SyntaxError:
        print("SyntaxError:", src)

a = [1, 2]
try_compile("print([*a, 3])")
try_compile("print((*a, 3))")
try_compile("print({*a, 3})")
try_compile("print({**{'x': 1}, 'y': 2})")
try_compile("print({**{'x': 1}})")
# these forms are allowed
try_compile("x, *y = a; print(x, y)")
try_compile("print(*a, 3)")
try_compile("print(dict(**{'x': 1}))")
