# the schedule queue has a limited depth: RuntimeError when it is full
import micropython
import time
count = [0]
def cb(_):
    count[0] += 1
s = micropython.schedule
n = 0
try:
    s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1
    s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1
    s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1
    s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1
    s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1
    s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1; s(cb, 0); n += 1
except RuntimeError as e:
    print(type(e).__name__, e)
for _ in range(5):
    time.sleep_ms(1)
print(n, count[0] == n)
