# other micropython module functions return sensible types
import micropython
print(micropython.kbd_intr(3), micropython.kbd_intr(-1))
print(type(micropython.stack_use()).__name__)
micropython.heap_lock()
micropython.heap_unlock()
print(callable(micropython.mem_info), callable(micropython.qstr_info))
print(hasattr(micropython, "const"), hasattr(micropython, "schedule"), hasattr(micropython, "opt_level"))
