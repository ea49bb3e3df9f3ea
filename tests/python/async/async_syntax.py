# await/async for/async with are only valid inside async def
def try_compile(src):
    try:
        exec(src)
        print("compiled")
    except SyntaxError:
        print("SyntaxError")

try_compile("await x")
try_compile("def f():\n    async with x:\n        pass\n")
try_compile("def f():\n    async for i in x:\n        pass\n")
try_compile("async def f():\n    await x\n")
try_compile("async def f():\n    async with a as b, c:\n        pass\n    async for i in x:\n        pass\n")
