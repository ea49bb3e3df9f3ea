# MicroPython deque specifics: mandatory maxlen, overflow flag, repr, errors
from collections import deque

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

d = deque((), 2)
print(d, type(d))
show(lambda: d.pop())
show(lambda: d.popleft())
show(lambda: deque(()))
show(lambda: deque([], -1))
show(lambda: deque([], 3, maxlen=3))
show(lambda: d[0])
d.append(1)
show(lambda: d["x"])
show(lambda: d[0:1])
show(lambda: d[1])
show(lambda: hash(d))
try:
    del d[0]
except TypeError as e:
    print("TypeError", e)

# flags=1: raise instead of overwriting
f = deque((), 2, 1)
f.append(1)
f.append(2)
show(lambda: f.append(3))
show(lambda: f.appendleft(0))
print(list(f), len(f))
show(lambda: deque([1, 2, 3], 2, 1))
print(f.popleft(), f.pop())
show(lambda: f.pop())
