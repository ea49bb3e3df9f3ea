# compile-time errors of viper code


def check(code):
    try:
        exec(code)
        print("ok")
    except (SyntaxError, ViperTypeError, NotImplementedError) as e:
        print(type(e).__name__, e)


V = "@micropython.viper\ndef f(i: int, u: uint, b: bool, p: ptr8, o):\n"
check(V + "    x = 1\n    x = o\n")
check(V + "    print(y)\n    y = 1\n")
check(V + "    i + o\n")
check(V + "    i < u\n")
check(V + "    if p:\n        pass\n")
check(V + "    -b\n")
check(V + "    not i\n")
check(V + "    u // u\n")
check(V + "    i ** i\n")
check(V + "    p[o]\n")
check(V + "    p[0] = o\n")
check(V + "    i[0] = 1\n")
check(V + "    raise i\n")
check(V + "    raise\n")
check(V + "    yield\n")
check(V + "    print(ptr8(1))\n")
check(V + "    int(uint)\n")
check(V + "    o is None\n")
check("@micropython.viper\ndef f() -> int:\n    return 1.5\n")
check("@micropython.viper\ndef f(a: float):\n    pass\n")
check("@micropython.viper\ndef f(a: 1):\n    pass\n")
check("@micropython.viper\ndef f():\n    return lambda: 1\n")
check("@micropython.viper\ndef f():\n    return [x + 1 for x in (1, 2)]\n")
check("@micropython.viper\ndef f():\n    x = 1\n    x = 2\n    y: int = []\n")
# within a statement the last error counts; the first failing statement stops
check(V + "    o = (1 + []) + -p\n")
check(V + "    -p\n    1 + []\n")
