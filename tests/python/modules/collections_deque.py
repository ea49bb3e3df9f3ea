# deque with a maximum length
from collections import deque

d = deque((), 5)
print(len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(list(d), len(d), bool(d))
print(d[0], d[1], d[-1], d[-3])
d[1] = 10
print(list(d))
print(d.pop(), d.popleft(), list(d))
d.extend([4, 5, 6])
print(list(d), 5 in d, 7 in d)
for x in d:
    print(x, end=" ")
print()

# the oldest items are dropped when full
d = deque([1, 2, 3, 4, 5], 3)
print(list(d))
d.append(6)
print(list(d))
d.appendleft(0)
print(list(d))
d.extend(range(10, 15))
print(list(d), len(d))

# maxlen 0 keeps nothing
z = deque([], 0)
z.append(1)
print(list(z), len(z))

# drain
d = deque("abc", 10)
out = []
while d:
    out.append(d.popleft())
print(out, len(d))

# queue usage
q = deque((), 4)
for i in range(10):
    q.append(i)
    if len(q) == 4:
        print(q.popleft(), end=" ")
print(list(q))
