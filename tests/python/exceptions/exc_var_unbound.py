# the "as" variable is deleted at the end of the except clause
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError:
    print("e is unbound after the handler")

def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    try:
        exc
    except NameError:
        print("exc unbound in function too")
    return type(err).__name__

print(f())

# the name is unbound even if the handler didn't run? No: only when it ran
name = "kept"
try:
    pass
except Exception as name:
    pass
print(name)
