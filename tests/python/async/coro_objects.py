# properties of coroutine objects
async def f(x):
    return x

c = f(1)
print(type(c).__name__)
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"))
c.close()

# each call creates a new coroutine
a, b = f(1), f(2)
print(a is not b)
for co, expect in ((a, 1), (b, 2)):
    try:
        co.send(None)
    except StopIteration as e:
        print(e.value == expect)

# a finished coroutine cannot be resumed
try:
    a.send(None)
except StopIteration:
    print("StopIteration on finished coroutine")

# async methods and lambdas returning coroutines
class Service:
    async def fetch(self, k):
        return "value-" + k
    @staticmethod
    async def ping():
        return "pong"
s = Service()
for co in (s.fetch("x"), Service.ping()):
    try:
        co.send(None)
    except StopIteration as e:
        print(e.value)
