# exceptions propagate through await chains
async def fail(msg):
    raise ValueError(msg)

async def middle():
    try:
        await fail("inner problem")
    except ValueError as e:
        print("middle caught", e)
        raise RuntimeError("wrapped")

async def top():
    try:
        await middle()
    except RuntimeError as e:
        return "top handled " + str(e)

c = top()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# an exception escaping the coroutine comes out of send()
c = fail("escaped")
try:
    c.send(None)
except ValueError as e:
    print("send raised", e)

# awaiting a non-awaitable is a TypeError
async def bad():
    await 5
try:
    bad().send(None)
except TypeError:
    print("TypeError: not awaitable")
