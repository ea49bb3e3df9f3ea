# Calls between functions that run as generators (they sleep, so they
# cannot run plain): results, exceptions and tracebacks cross the frames
import time


def leaf(n):
    time.sleep(0.001)
    if n < 0:
        raise ValueError("negative", n)
    return n * 2


def middle(n):
    total = 0
    for k in range(n):
        total += leaf(k)
    return total


def deep(n):
    if n == 0:
        return leaf(5)
    return 1 + deep(n - 1)


for i in range(3):
    print(middle(4), deep(150))


def catcher(n):
    try:
        return leaf(n)
    except ValueError as e:
        return ("caught", e.args)
    finally:
        print("finally", n)


print(catcher(3))
print(catcher(-1))


def raiser(n):
    if n == 0:
        leaf(-7)
    raiser(n - 1)


try:
    raiser(20)
except ValueError as e:
    print("outer", e.args)


# a generator whose body calls a sleeping function between its yields
def gen(n):
    for k in range(n):
        v = leaf(k)
        got = yield v
        if got is not None:
            print("sent", got)
    return "done"


g = gen(3)
print(next(g), g.send("a"), g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args)
print(list(gen(4)))
print(sum(leaf(k) for k in range(5)))

g = gen(5)
print(next(g))
g.close()
print("closed")


def wrapper():
    r = yield from gen(2)
    print("inner returned", r)
    yield leaf(10)


print(list(wrapper()))


# coroutines: await across sleeping frames, an exception crosses two awaits
class Pause:
    def __iter__(self):
        yield None

    __await__ = __iter__


async def child(n):
    await Pause()
    leaf(1)
    if n == 2:
        raise KeyError(n)
    return n + 100


async def parent():
    out = []
    for n in range(4):
        try:
            out.append(await child(n))
        except KeyError as e:
            out.append(("key", e.args[0]))
    return out


c = parent()
try:
    while True:
        c.send(None)
except StopIteration as e:
    print(e.args[0])
