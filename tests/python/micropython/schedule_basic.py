# micropython.schedule runs callbacks soon, in order, with their argument
import micropython
import time
log = []
def cb(arg):
    log.append(arg)
def settle():
    for _ in range(10):
        time.sleep_ms(1)
micropython.schedule(cb, 1)
micropython.schedule(cb, "two")
settle()
print(log)
def cb2(arg):
    log.append(("cb2", arg))
    micropython.schedule(cb, 3)
micropython.schedule(cb2, None)
settle()
print(log)
