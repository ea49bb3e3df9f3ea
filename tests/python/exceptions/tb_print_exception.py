# sys.print_exception prints the traceback of a caught exception
import sys

def a():
    b()

def b():
    raise ValueError("deep", 2)

try:
    a()
except ValueError as e:
    sys.print_exception(e)
print("continuing")

# exceptions that were never raised have no traceback lines
sys.print_exception(KeyError("never raised"))

# the traceback keeps growing while the exception propagates
def c():
    try:
        a()
    except ValueError as e:
        return e
sys.print_exception(c())
