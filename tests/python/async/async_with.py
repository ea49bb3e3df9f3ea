# async with calls __aenter__ and __aexit__ and awaits their results
class Yielder:
    def __init__(self, tag):
        self.tag = tag
    def __iter__(self):
        yield self.tag
    __await__ = __iter__  # CPython looks up __await__

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        await Yielder("enter " + self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        await Yielder("exit " + self.name)
        return self.suppress

async def main():
    async with Resource("a") as r:
        print("body", r)
    async with Resource("b", suppress=True):
        raise KeyError("suppressed")
    try:
        async with Resource("c"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    return "main done"

coro = main()
try:
    while True:
        print("yielded:", coro.send(None))
except StopIteration as e:
    print(e.value)
