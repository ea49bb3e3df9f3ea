# local and global names shadow builtins
print(len("abc"))

def shadow_local():
    len = lambda s: "local len"
    return len("abc")
print(shadow_local(), len("abc"))

len = lambda s: "global len"
print(len("abc"))
del len
print(len("abc"))

# shadowing inside a class body
class C:
    str = "class attribute"
    def m(self):
        return str(5)
print(C.str, C().m())

# parameters shadow builtins
def f(list, max=0):
    return list, max
print(f(1, 2), list("ab"), max(1, 2))

# builtins module access
import builtins
print(builtins.len("abcd"), builtins.abs(-2))
