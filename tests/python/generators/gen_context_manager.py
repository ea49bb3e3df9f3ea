# generator-based context managers written by hand (no contextlib)
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")

def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError:
        print("KeyError suppressed in", name)
    finally:
        print("</%s>" % name)

with GenCM(tag("a")) as v:
    print("body", v)

with GenCM(tag("b")):
    raise KeyError("x")
print("after b")

try:
    with GenCM(tag("c")):
        raise ValueError("not handled")
except ValueError as e:
    print("propagated", e)
