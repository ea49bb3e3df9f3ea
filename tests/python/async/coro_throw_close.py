# throw() and close() on coroutines
class Suspend:
    def __iter__(self):
        v = yield "suspended"
        return v
    __await__ = __iter__  # CPython looks up __await__

async def task():
    try:
        v = await Suspend()
        print("resumed with", v)
        v = await Suspend()
    except ValueError as e:
        print("task handled", e)
        return "recovered"
    finally:
        print("task finally")
    return "normal"

c = task()
print(c.send(None))
print(c.send(1))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("result:", e.value)

c2 = task()
c2.send(None)
c2.close()
print("closed")

c3 = task()
c3.send(None)
try:
    c3.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e.args)
