# micropython.heap_lock makes heap allocation raise MemoryError
import micropython
l = None
err = None
micropython.heap_lock()
try:
    l = [0] * 1000
except MemoryError as e:
    err = e
micropython.heap_unlock()
print(l is None, type(err).__name__, err)
print(len([0] * 1000))
