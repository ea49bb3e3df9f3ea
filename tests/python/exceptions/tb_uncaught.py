# an uncaught exception prints a traceback and stops the program
def inner(x):
    return 10 // x

def outer(x):
    print("outer called with", x)
    return inner(x)

print(outer(5))
outer(0)
print("not reached")
