# exception subclasses with custom __init__ and __str__
class HTTPError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return "%d %s" % (self.status, self.reason)

try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e, "|", e.status, e.args)

class Code(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise Code(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args)

# deep hierarchy of user exceptions
class A(Exception): pass
class B(A): pass
class C(B): pass
for exc in (A, B, C):
    try:
        raise exc()
    except C:
        print(exc.__name__, "as C")
    except B:
        print(exc.__name__, "as B")
    except A:
        print(exc.__name__, "as A")
