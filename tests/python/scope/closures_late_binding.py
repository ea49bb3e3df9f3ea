# closures created in loops see the variable's final value (late binding)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 10
print([f() for f in funcs])

# binding the current value with a default argument
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

# binding with an enclosing function call
def make(v):
    return lambda: v
funcs = [make(i) for i in range(3)]
print([f() for f in funcs])

# closures created in a function's loop share the function's variable
def build():
    out = []
    for j in range(3):
        def f():
            return j * 100
        out.append(f)
    j = -1
    return out
print([f() for f in build()])

# while loops too
def build_while():
    out = []
    k = 0
    while k < 3:
        out.append(lambda: k)
        k += 1
    return out
print([f() for f in build_while()])
