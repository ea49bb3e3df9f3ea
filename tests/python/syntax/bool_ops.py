# and / or / not return operands and short-circuit
def t(v):
    print("eval", v)
    return v

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or None)
print([] and "x", [0] and "x", None or 0 or "" or "last")
print(not 0, not [], not [0], not "a")
print(t(0) and t(1))
print(t(1) or t(0))
print(t(1) and t(0) or t("c"))
print(t(None) or t(False) or t(0))
x = t(3) and t(4) and t(5)
print("x =", x)
# result types
print(type(1 and 2.5).__name__, type(0 or "s").__name__)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v

print(B(True) and "yes")
print(B(False) or "fallback")
print(not B(False))
r = B(False) and 1
print(type(r).__name__)
