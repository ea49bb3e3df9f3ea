# assignment expressions (:=)
if (n := 10) > 5:
    print("n is", n)

# in while loops
data = [1, 2, 3, 0, 4]
i = 0
while (item := data[i]) != 0:
    print("item", item)
    i += 1
print("stopped at", item)

# in comprehensions: binds in the enclosing scope
vals = [y for x in range(5) if (y := x * x) > 3]
print(vals, "y =", y)

def running():
    total = 0
    partial = [total := total + v for v in range(1, 5)]
    return partial, total
print(running())

# any() with walrus to capture the witness
words = ["apple", "banana", "cherry"]
if any((hit := w).startswith("b") for w in words):
    print("witness", hit)

# inside function: binds local
def f():
    [z := k for k in range(3)]
    return z
print(f())

# walrus in call arguments and nested expressions
print((a := 3) + (b := 4), a, b)
print([(c := 2), c * 2])
