# user-defined awaitables; the driver sees the yielded values
# (MicroPython awaits through __iter__, CPython through __await__)
class Request:
    def __init__(self, what):
        self.what = what
    def __iter__(self):
        reply = yield ("request", self.what)
        return "reply to %s: %s" % (self.what, reply)
    __await__ = __iter__  # CPython looks up __await__

async def client():
    a = await Request("time")
    print(a)
    b = await Request("date")
    print(b)
    return "client done"

coro = client()
msg = coro.send(None)
print("driver got", msg)
msg = coro.send("12:00")
print("driver got", msg)
try:
    coro.send("monday")
except StopIteration as e:
    print(e.value)

# an awaitable that returns immediately
class Ready:
    def __init__(self, v):
        self.v = v
    def __iter__(self):
        return self.v
        yield
    __await__ = __iter__  # CPython looks up __await__

async def use_ready():
    return await Ready(7) + await Ready(8)
c = use_ready()
try:
    c.send(None)
except StopIteration as e:
    print("ready sum", e.value)
