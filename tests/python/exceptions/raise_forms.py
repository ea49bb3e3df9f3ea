# raising classes vs instances, and invalid raise targets
try:
    raise ValueError
except ValueError as e:
    print("class raised ->", type(e).__name__, e.args)

try:
    raise ValueError("inst")
except ValueError as e:
    print("instance raised ->", e.args)

# raising a non-exception is a TypeError
for bad in (42, "text", object):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

# raising in an expression context via a helper
def throw(exc):
    raise exc
try:
    x = 1 if False else throw(KeyError("from helper"))
except KeyError as e:
    print("KeyError", e.args)

# except with a tuple and with a variable holding the class
errors = (KeyError, IndexError)
for exc in (KeyError, IndexError, TypeError):
    try:
        try:
            raise exc("e")
        except errors as e:
            print("caught by tuple:", type(e).__name__)
    except TypeError:
        print("outer TypeError")

# the first matching except clause wins
try:
    raise KeyError
except LookupError:
    print("LookupError first")
except KeyError:
    print("never")
