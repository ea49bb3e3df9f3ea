# gc.mem_free/mem_alloc track allocations; a huge allocation raises MemoryError
import gc
gc.collect()
f0, a0 = gc.mem_free(), gc.mem_alloc()
buf = bytearray(50000)
f1, a1 = gc.mem_free(), gc.mem_alloc()
print(f1 < f0, a1 > a0, a1 - a0 >= 50000, f0 - f1 >= 50000)
try:
    big = bytearray(10_000_000)
    print("allocated", len(big))
except MemoryError:
    print("MemoryError")
del buf
gc.collect()
print(gc.mem_alloc() < a1)
