def f(a, b=2, c=3):
    return (a, b, c)
def g():
    x = 0
    for i in range(3):
        x += f(i)[1] + f(i, 5)[2] + f(i, 1, 1)[2]
    print(x, f(1), f(1, 9), f(1, 9, 8))
g()
class R:
    def __init__(self, a=None, b=0, c=0, d=0, e=0):
        self.t = (a, b, c, d, e)
    def copy(self):
        return R(self.t[0], self.t[1], self.t[2], self.t[3], self.t[4])
def h():
    r = R(1, 2, 3, 4, 5)
    for i in range(3):
        r = r.copy()
    print(r.t, R().t, R(7).t)
h()
print("a" < "b", "ab" < "a", "\U0001f600" > "\uffff", "x\U0001f600" < "x\uffff", "é" >= "e", "abc" <= "abc", "" < "a")
print(sorted(["b", "\U0001f600", "\uffff", "a", "ab", ""]))
