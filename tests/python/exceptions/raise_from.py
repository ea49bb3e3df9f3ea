# raise ... from ... (MicroPython accepts the syntax but does not chain)
class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("cannot parse " + s) from e

try:
    parse("x")
except ParseError as e:
    print(type(e).__name__, e)

try:
    raise RuntimeError("no cause") from None
except RuntimeError as e:
    print("from None:", e)

print(parse("12"))

# the from-expression may be a class or instance
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print("KeyError", e)
