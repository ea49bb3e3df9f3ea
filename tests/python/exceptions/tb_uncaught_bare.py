# uncaught exception raised as a class, with no message
print("before")
def f():
    raise KeyboardInterrupt if False else StopIteration
try:
    f()
except StopIteration:
    print("caught StopIteration")
raise IndexError
