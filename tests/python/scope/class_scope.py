# class bodies are not enclosing scopes for their methods
x = "global x"

class C:
    x = "class x"
    y = x + "!"

    def method(self):
        return x

    def method_self(self):
        return self.x

print(C.y, C().method(), C().method_self())

# names in the class body are resolved in the class then globals
class D:
    v = 1
    w = v + 1
    lst = [v, w]
print(D.w, D.lst)

# a comprehension in a class body cannot see class variables
# except in its first iterable
class E:
    items = [1, 2, 3]
    n = 10
    first_iter = [i * 2 for i in items]
    try:
        uses_n = [i * n for i in items]
    except NameError:
        uses_n = "NameError"
print(E.first_iter, E.uses_n)

# class defined in a function sees the function's locals
def make(val):
    class K:
        attr = val
        def get(self):
            return val
    return K
K = make(42)
print(K.attr, K().get())
