# heapq: error cases
import heapq

for f, args in ((heapq.heappush, ((), 1)), (heapq.heappop, ((1, 2),)), (heapq.heapify, ("abc",)),
                (heapq.heapify, (None,)), (heapq.heappush, ({}, 1))):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
h = [1, "a"]
try:
    heapq.heapify([2, "a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappush([1], None)
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappush([1])
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(heapq) if not n.startswith("_")))
