N = 30000
# Exceptions: raising and catching built-in and user exception classes,
# handler matching through a hierarchy, try/finally, re-raising, and
# exceptions crossing several call frames.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


def parse_digit(s, i):
    c = s[i]
    if c < "0" or c > "9":
        raise ParseError(i, "bad digit")
    return ord(c) - 48


def deep(n):
    if n == 0:
        raise KeyError(n)
    return deep(n - 1)


def run(n):
    text = "12a45b78c9"
    caught = 0
    value = 0
    finals = 0
    for i in range(n):
        try:
            value += parse_digit(text, i % len(text))
        except AppError as e:
            caught += e.pos
        try:
            try:
                if i % 3 == 0:
                    raise ValueError("v")
                value += 1
            finally:
                finals += 1
        except ValueError:
            caught += 1
        try:
            {}[i]
        except (IndexError, KeyError):
            value ^= i
        if i % 10 == 0:
            try:
                deep(8)
            except LookupError as e:
                caught += e.args[0] + 1
            try:
                try:
                    int("x%d" % i)
                except ValueError:
                    raise
            except Exception:
                caught += 2
    return caught, value, finals


print("exceptions", N, *run(N))
