# super() with multiple inheritance follows the C3 MRO, so a cooperative
# super() chain visits every class (the reference MicroPython looks up
# depth-first; this engine implements C3 as CPython does)
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()

class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()

class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()

class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()

D()

# calling each base explicitly works the same everywhere
class E(B, C):
    def __init__(self):
        print("E.__init__")
        B.__init__(self)
        C.__init__(self)
E()
