# arithmetic special methods
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V%r" % (self.c,)
    def __add__(self, o):
        return V(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return V(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return V(*[a * k for a in self.c])
    def __truediv__(self, k):
        return V(*[a / k for a in self.c])
    def __floordiv__(self, k):
        return V(*[a // k for a in self.c])
    def __mod__(self, k):
        return V(*[a % k for a in self.c])
    def __pow__(self, k):
        return V(*[a ** k for a in self.c])
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, n):
        return "lshift %d" % n
    def __rshift__(self, n):
        return "rshift %d" % n
    def __divmod__(self, k):
        return (self // k, self % k)

a = V(1, 2)
b = V(10, 20)
print(a + b, b - a, a * 3, b / 4, b // 3, b % 3, a ** 2)
print(a @ b)
print(a & b, a | b, a ^ b, a << 2, a >> 1)
print(divmod(b, 7))

# unsupported operation
try:
    a + 1
except AttributeError:
    print("AttributeError inside __add__")
try:
    a - "x"
except AttributeError:
    print("AttributeError again")
class NoOps:
    pass
try:
    NoOps() + NoOps()
except TypeError:
    print("TypeError unsupported operand")
