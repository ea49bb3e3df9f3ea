# a complex subclass keeps its type, so its operators and attributes apply
class C(complex):
    def __iadd__(self, o):
        return "iadd"

    def __add__(self, o):
        return "add"


c = C(1, 2)
print(type(c).__name__, c + 1, c * 2, c.real, c.imag, repr(c))
c.tag = "t"
print(c.tag)
c += 1
print(c)
print(C(3), C("1+2j"), complex(4, 5), type(complex(1, 2)).__name__)

# in-place operators on plain complex values
a = 1 + 2j
a += 3j
print(a)
a -= 1
print(a)
a *= 2.5
print(a)
a /= 2
print(a)
v = [1j, 2 + 0j]
v[0] += v[1]
print(v)
