# async def functions return coroutine objects driven by send(None)
async def add(a, b):
    print("add running", a, b)
    return a + b

c = add(1, 2)
print("coroutine created, not yet run")
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

def run(coro):
    # drive a coroutine to completion, ignoring what it yields
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def nothing():
    pass

print(run(add(3, 4)), run(nothing()))

# awaiting another coroutine
async def double_sum(a, b):
    s = await add(a, b)
    return s * 2
print(run(double_sum(5, 6)))

# async functions can contain ordinary control flow
async def loop(n):
    total = 0
    for i in range(n):
        total += await add(i, 0)
    return total
print(run(loop(4)))
