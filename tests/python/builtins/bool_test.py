# bool() and truthiness of builtins and custom objects
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool({}), bool(set()), bool(None), bool(b""), bool(range(0)), bool(range(1)), bool(0j))
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(T()), bool(L()), bool(N()), not T(), "yes" if L() else "no")
print(True and 5, False or "x", 0 or [] or "last", 1 and 2 and 3, None and 1)
