# exec and eval with explicit namespaces
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"])
print(eval("a + b", ns))
print(eval("1 + 2"))

x = 10
exec("x = x + 1")
print(x)
print(eval("x * 2"))

# functions defined by exec live in the given namespace
exec("def f(n):\n    return n * 3", ns)
print(ns["f"](4))

# exec returns None, eval returns the value
print(exec("pass"), eval("[1, 2]"))
# eval only takes expressions
try:
    eval("y = 1")
except SyntaxError:
    print("SyntaxError")
