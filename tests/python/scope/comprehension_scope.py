# comprehensions have their own scope
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
s = {x for x in "ab"}
d = {x: 1 for x in "cd"}
g = list(x for x in "ef")
print(x)

# but they can read enclosing variables
def f():
    factor = 3
    return [v * factor for v in range(3)]
print(f())

# closures inside comprehensions capture the comprehension variable
fs = [lambda: v for v in range(3)]
print([fn() for fn in fs])

# nested comprehension sees the outer comprehension's variable
print([[(a, b) for b in range(a)] for a in range(3)])

# the iteration variable is local even when a global of the same name exists
count = 100
def g2():
    return [count for count in range(2)], count
print(g2())

# assignment in a comprehension condition via walrus leaks to the enclosing scope
def h():
    [y for v in range(4) if (y := v) > 10]
    return y
print(h())
