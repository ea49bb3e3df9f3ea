# heapq: push/pop keep the smallest item first; heapify in place
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
print(h[0], len(h))
print([heapq.heappop(h) for _ in range(len(h))], h)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, -1]
heapq.heapify(data)
print(data[0], data)
print([heapq.heappop(data) for _ in range(len(data))])

# tuples order by their first item, then the next
h = []
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "y")]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(5)])

# strings and floats
h = ["pear", "apple", "fig", "banana"]
heapq.heapify(h)
print(heapq.heappop(h), heapq.heappop(h))
h = [2.5, -1.0, 3, 0]
heapq.heapify(h)
print(h[0])

# heapsort of a larger list
import random

random.seed(3)
vals = [random.randint(0, 1000) for _ in range(200)]
h = []
for v in vals:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(200)] == sorted(vals))
heapq.heapify([])
heapq.heapify([1])
print(heapq.heappush(h, 1), heapq.heapify(h))


# objects only need __lt__
class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        return self.pri < other.pri


h = []
for pri, name in ((3, "write"), (1, "read"), (2, "think")):
    heapq.heappush(h, Task(pri, name))
print([heapq.heappop(h).name for _ in range(3)])
