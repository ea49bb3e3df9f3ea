# unary operator special methods
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(abs(self.v))
    def __invert__(self):
        return N(~self.v)
    def __abs__(self):
        return N(abs(self.v) * 100)
    def __repr__(self):
        return "N(%d)" % self.v

n = N(-3)
print(-n, +n, ~n, abs(n))
print(-(-n), ~~n)

# __int__ and __float__
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
x = Num()
print(int(x), float(x))

try:
    -object()
except TypeError:
    print("TypeError bad operand for unary -")
