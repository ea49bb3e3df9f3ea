# arguments are evaluated left to right, before the call
def t(v):
    print("eval", v)
    return v

def f(*a, **k):
    return a, sorted(k.items())

print(f(t(1), t(2), x=t(3), y=t(4)))
print(f(*[t(5), t(6)], **{"z": t(7)}))

# the callee expression is evaluated before the arguments
def get_f():
    print("get callee")
    return f
print(get_f()(t("arg")))

# method receiver evaluated first
class C:
    def m(self, *a):
        return a
def obj():
    print("obj")
    return C()
print(obj().m(t("a"), t("b")))

# binary operands evaluated left to right
print(t(1) + t(2) * t(3))
# subscript: container then index
def cont():
    print("container")
    return [10, 20]
print(cont()[t(1)])
# dict display: key then value
print(sorted({t("k1"): t("v1"), t("k2"): t("v2")}.items()))
