# gc: collect, mem_free/mem_alloc, enable/disable/isenabled
import gc
print(gc.collect() is None or isinstance(gc.collect(), int))
f, a = gc.mem_free(), gc.mem_alloc()
print(type(f).__name__, type(a).__name__, f > 0, a > 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
big = [0] * 10000
a2 = gc.mem_alloc()
del big
gc.collect()
print(a2 >= a)
print(type(gc.threshold()).__name__)
