# compile() then exec/eval the code object
c = compile("a * 2", "<expr>", "eval")
print(eval(c, {"a": 4}), eval(c, {"a": "ab"}))
c = compile("b = a + 1\nprint('in exec', b)", "<string>", "exec")
g = {"a": 1}
exec(c, g)
print(g["b"])
c = compile("3 + 4", "<s>", "single")
exec(c)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError:
    print("SyntaxError")
