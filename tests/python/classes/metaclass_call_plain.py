# a metaclass __call__ runs when the class is called from a plain function
# (one that never suspends) as well as from module code
class M(type):
    def __call__(cls, *a):
        print("M.__call__", a)
        return super().__call__(*a)


class C(metaclass=M):
    def __init__(self, x):
        self.x = x


def make(v):
    c = C(v)
    return c.x


print(make(5))
print(C(6).x)
print([make(i) for i in range(2)])
print(type(range(3)) is range, list(reversed(range(3))))
