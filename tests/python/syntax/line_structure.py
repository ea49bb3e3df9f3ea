# semicolons, line continuation, implicit joining, comments
a = 1; b = 2; c = a + b; print(c)
if a: print("inline if"); print("second stmt")
total = 1 + \
        2 + \
        3
print(total)
lst = [
    1,
    2,  # comment inside brackets
    3,
]
print(lst)
d = {
    "k": (1,
          2),
}
print(d)
def f(x,
      y=2,
      ):
    return x + y
print(f(1,
        3))
s = ("a"
     "b")
print(s)
# comment only line
    # indented comment line
print("tabs and spaces")  # trailing comment
x = (1 +
     2) * \
    3
print(x)
if (a and
        b):
    print("multi-line condition")
print(1, 2, 3, sep='-',
      end='!\n')
