# sys.print_exception prints a MicroPython traceback
import sys
import io
def fail():
    raise ValueError("oops")
try:
    fail()
except ValueError as e:
    sys.print_exception(e)
    buf = io.StringIO()
    sys.print_exception(e, buf)
    print(repr(buf.getvalue().splitlines()[-1]))
sys.print_exception(KeyError("k"))
