# user-defined exception classes
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(name, code)
        self.name = name
        self.code = code

class Retry(AppError):
    def __str__(self):
        return "retry please"

try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e.args, e.name, e.code)
    print(str(e), repr(e))

try:
    raise Retry(1, 2)
except Retry as e:
    print(e, e.args)

try:
    raise AppError
except AppError as e:
    print("args", e.args, "str", repr(str(e)))

e = AppError("one")
print(e.args, str(e), repr(e))
e = AppError("a", 2)
print(e.args, str(e))
e = AppError()
print(e.args, repr(str(e)))

# exceptions are ordinary objects with extra attributes
class WithData(Exception):
    def __init__(self, data):
        self.data = data
w = WithData([1, 2])
print(w.data, isinstance(w, Exception), isinstance(w, BaseException))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception))
