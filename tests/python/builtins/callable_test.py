# callable()
class A:
    def m(self):
        pass
class C:
    def __call__(self):
        return "called"
def f():
    pass
print(callable(f), callable(lambda: 0), callable(print), callable(len), callable(A), callable(A()), callable(A().m))
print(callable(C()), C()(), callable(1), callable("s"), callable(None), callable([]), callable(int), callable(str.upper))
