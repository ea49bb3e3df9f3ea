# conditional expressions
def side(x):
    print("side", x)
    return x

for n in (0, 1, 2):
    print("zero" if n == 0 else "one" if n == 1 else "many")

print(side("yes") if True else side("no"))
print(side("yes") if False else side("no"))

# precedence: lower than or/and
print(1 if 0 or 1 else 2)
print((lambda: 5)() if [] else "empty")

# nested in comprehensions and calls
print([x if x % 2 else -x for x in range(6)])
print(max(3, 4) if 3 > 4 else min(3, 4))

# conditional in default argument and lambda
f = lambda a: "pos" if a > 0 else ("neg" if a < 0 else "zero")
print(f(5), f(-5), f(0))

# as an operand
print(10 + (1 if True else 2) * 3)
x = [] if None else {}
print(type(x).__name__)
