# micropython.schedule runs the callback soon, with its argument
import micropython
import time
log = []
def cb(arg):
    log.append(arg)
micropython.schedule(cb, 1)
micropython.schedule(cb, "two")
time.sleep_ms(1)
print(log)
def cb2(arg):
    log.append(("cb2", arg))
    micropython.schedule(cb, 3)
micropython.schedule(cb2, None)
time.sleep_ms(1)
time.sleep_ms(1)
print(log)
try:
    micropython.schedule(1, 2)
    time.sleep_ms(1)
except TypeError:
    print("TypeError")
