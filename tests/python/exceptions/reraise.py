# bare raise re-raises the exception being handled
def f():
    try:
        raise ValueError("first")
    except ValueError:
        print("logging")
        raise

try:
    f()
except ValueError as e:
    print("re-raised", e)

# raise e re-raises an exception object
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        err = e
        raise err
except KeyError as e2:
    print(e2 is err)

# raising a saved exception later
saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
try:
    raise saved
except ZeroDivisionError as e:
    print("raised saved", e is saved)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# bare raise in a nested handler re-raises the inner exception
try:
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            raise IndexError("inner")
        except IndexError:
            raise
except Exception as e:
    print(type(e).__name__, e)
