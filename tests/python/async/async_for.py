# async for uses __aiter__ / __anext__ and StopAsyncIteration
class Tick:
    def __iter__(self):
        yield "tick"
    __await__ = __iter__  # CPython looks up __await__

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await Tick()
        self.n -= 1
        return self.n + 1

async def main():
    seen = []
    async for v in Countdown(3):
        seen.append(v)
    async for v in Countdown(5):
        if v == 3:
            break
        seen.append(-v)
    else:
        seen.append("no else after break")
    async for v in Countdown(0):
        seen.append("never")
    else:
        seen.append("else runs")
    return seen

coro = main()
ticks = 0
try:
    while True:
        coro.send(None)
        ticks += 1
except StopIteration as e:
    print(e.value, "ticks:", ticks)
print(issubclass(StopAsyncIteration, Exception))
