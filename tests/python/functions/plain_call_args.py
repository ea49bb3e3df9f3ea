# Calls with four or more positional arguments from plain functions: the
# callee is evaluated first, then each argument once, left to right


def f4(a, b, c, d):
    return a * 1000 + b * 100 + c * 10 + d


def f5(a, b, c, d, e):
    return [a, b, c, d, e]


def with_default(a, b, c, d, e=9):
    return (a, b, c, d, e)


def looping(a, b, c, d):
    s = 0
    for v in (a, b, c, d):
        s += v
    return s


class K:
    def __init__(self, a, b, c, d):
        self.t = (a, b, c, d)


log = []


def note(v):
    log.append(v)
    return v


def pick():
    log.append("callee")
    return f4


def caller(n):
    r = [f4(1, 2, 3, n), f5(n, n, n, n, n), with_default(1, 2, 3, n)]
    r.append(with_default(1, 2, 3, 4, n))
    r.append(looping(1, 2, 3, n))
    r.append(K(1, 2, 3, n).t)
    r.append(max(1, 7, 3, n))
    r.append(pick()(note(1), note(2), note(3), note(n)))
    return r


for n in range(4):
    print(caller(n))
print(log)


def rebinding():
    x = 1

    def bump():
        nonlocal x
        x = 50
        return 2

    return f4(x, bump(), x, 3)


for i in range(3):
    print(rebinding())


def replaced(n):
    return f4(n, n, n, n)


print(replaced(1))
f4 = lambda a, b, c, d: (d, c, b, a)
print(replaced(2))


def fails(a, b, c, d):
    return a // d


def calls_fails(d):
    return fails(1, 2, 3, d)


for d in (1, 0):
    try:
        print(calls_fails(d))
    except ZeroDivisionError as e:
        print("ZeroDivisionError")
