# MicroPython does not check constructor arguments of a class that defines
# neither __init__ nor __new__ (CPython raises TypeError)
class Bare:
    pass

try:
    b = Bare(1, 2, k=3)
    print("accepted:", type(b).__name__)
except TypeError:
    print("TypeError")

# with an __init__ the arguments are checked as usual
class WithInit:
    def __init__(self):
        pass

try:
    WithInit(1)
    print("accepted")
except TypeError:
    print("TypeError from __init__")
