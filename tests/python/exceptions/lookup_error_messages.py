# messages of KeyError, IndexError and friends
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e, "| args:", e.args)

show(lambda: {}["missing"])
show(lambda: {"a": 1}[("t", 1)])
show(lambda: {}[5])
show(lambda: [1, 2][5])
show(lambda: [][-1])
show(lambda: (1,)[3])
show(lambda: "abc"[10])
show(lambda: b"ab"[2])
show(lambda: [].pop())
show(lambda: {}.pop("k"))
show(lambda: set().pop())
show(lambda: [1].remove(2))
show(lambda: [1].index(2))
show(lambda: "abc".index("z"))
show(lambda: range(3)[7])
