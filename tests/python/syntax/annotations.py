# annotations are accepted and ignored
x: int = 5
y: "str"
print(x)
try:
    y
except NameError:
    print("y not bound by bare annotation")

def f(a: int, b: str = "s", *args: tuple, c: float = 1.0, **kw: dict) -> str:
    return "%s %s %s %s" % (a, b, args, c)

print(f(1), f(1, "t", 2, 3, c=2.5))

class C:
    attr: int = 3
    other: list

    def m(self) -> None:
        v: int = 7
        return v

print(C.attr, C().m())
lst = [0]
lst[0]: int = 9
print(lst)
