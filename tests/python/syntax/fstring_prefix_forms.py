# string prefixes in any case combination (F, Rb, ...), as in CPython; the
# reference MicroPython accepts only lowercase f-string prefixes
def try_compile(src):
    try:
        exec(src)
    except SyntaxError:
        print("SyntaxError:", src)

try_compile("print(f'{1}')")
try_compile("print(rf'\\n{1}')")
try_compile("print(fr'\\t{2}')")
try_compile("print(F'{3}')")
try_compile("print(Rb'\\x')")
try_compile("print(BR'\\y')")
try_compile("print(U'unicode')")
try_compile("print(u'unicode')")
