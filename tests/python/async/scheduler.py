# a tiny round-robin scheduler for coroutines (no asyncio)
class Switch:
    def __iter__(self):
        yield
    __await__ = __iter__  # CPython looks up __await__

async def worker(name, steps, log):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        await Switch()
    return name + " finished"

def run_all(coros):
    results = {}
    queue = list(enumerate(coros))
    while queue:
        idx, c = queue.pop(0)
        try:
            c.send(None)
            queue.append((idx, c))
        except StopIteration as e:
            results[idx] = e.value
    return [results[i] for i in range(len(coros))]

log = []
print(run_all([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(log)

# a coroutine awaiting others sequentially inside the scheduler
async def parent(log):
    r1 = await worker("x", 2, log)
    r2 = await worker("y", 1, log)
    return [r1, r2]
log = []
print(run_all([parent(log), worker("z", 3, log)]))
print(log)
