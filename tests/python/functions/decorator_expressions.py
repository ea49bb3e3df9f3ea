# any expression may be a decorator (PEP 614), as in CPython; the reference
# MicroPython only accepts a dotted name, optionally called
def try_compile(src):
    try:
        exec(src)
        print("compiled:", src.splitlines()[0])
    except SyntaxError:
        print("SyntaxError:", src.splitlines()[0])

def ident(f):
    return f

class NS:
    ident = staticmethod(ident)
    @staticmethod
    def make():
        return ident

decs = [ident]
try_compile("@ident\ndef a(): pass")
try_compile("@NS.ident\ndef b(): pass")
try_compile("@NS.make()\ndef c(): pass")
try_compile("@decs[0]\ndef d(): pass")
try_compile("@(lambda f: f)\ndef e(): pass")
try_compile("@ident if True else None\ndef g(): pass")
