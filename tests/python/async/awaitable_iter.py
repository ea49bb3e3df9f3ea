# In MicroPython "await obj" iterates obj like "yield from": an object with a
# generator __iter__ (as used by the asyncio module) is awaitable, and so is a
# plain generator.
class Sleep:
    def __init__(self, ms):
        self.ms = ms
    def __iter__(self):
        got = yield ("sleep", self.ms)
        return got

def gen_based():
    x = yield "from generator"
    return x * 2

async def main():
    a = await Sleep(10)
    b = await gen_based()
    return a, b

c = main()
print(c.send(None))
print(c.send("woken"))
try:
    c.send(21)
except StopIteration as e:
    print(e.value)
print(type(c).__name__)
