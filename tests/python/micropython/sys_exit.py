# sys.exit raises SystemExit with the given code
import sys
for args in ((), (0,), (3,), ("message",)):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit", e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(type(e).__name__, e.args[0], isinstance(e, BaseException), isinstance(e, Exception))
