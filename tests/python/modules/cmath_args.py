# cmath: argument conversion and errors
import cmath


class F:
    def __float__(self):
        return 4.0


class C:
    def __complex__(self):
        return complex(0, 4)


print(cmath.sqrt(F()), cmath.phase(C()), cmath.sqrt(True), cmath.sqrt(10**20))
print(cmath.rect(True, 0), cmath.rect(2, F()))
for bad in ("1", None, [1], (1, 2)):
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    cmath.rect(1j, 0)
except TypeError as e:
    print("TypeError", e)
try:
    cmath.rect(1)
except TypeError as e:
    print("TypeError", e)
try:
    cmath.log(1, 2)
except TypeError as e:
    print("TypeError", e)
# log of zero gives -inf real part rather than an error
print(cmath.log(0).real)
