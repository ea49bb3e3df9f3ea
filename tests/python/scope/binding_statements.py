# every binding statement creates a variable in the current scope
def f():
    for a in range(2):
        pass
    with open("binding_statements.py") as fh:
        pass
    import sys as imported
    from sys import path as from_imported
    def inner():
        pass
    class Local:
        pass
    (w := 1)
    b, *c = 1, 2, 3
    return [a, fh is not None, imported.__name__,
            type(from_imported).__name__, inner.__name__, Local.__name__, w, b, c]
print(f())
print(sorted(k for k in ("a", "fh", "imported", "inner", "Local", "w") if k in globals()))

# the same names at module level become globals
for loop_var in range(3):
    pass
print(loop_var)
with open("binding_statements.py") as handle:
    first = handle.readline()
print(first.startswith("#"), handle is not None)
import sys as s2
print(s2.__name__)
