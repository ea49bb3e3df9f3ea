# array: storage per typecode, integer truncation, floats
from array import array

for tc, vals in (("b", [127, -128, 128, 255, -129, 1000]), ("B", [0, 255, 256, -1, 1000]),
                 ("h", [32767, -32768, 32768, 65535, 2**20 + 1]), ("H", [65535, 65536, -1]),
                 ("i", [2**31 - 1, -(2**31), 2**31, 2**32 + 5]), ("I", [2**32 - 1, 2**32, -1]),
                 ("l", [2**63 - 1, -(2**63), 2**63, 2**64 + 3]), ("L", [2**64 - 1, -1, 2**64]),
                 ("q", [2**63 - 1, -(2**63), 2**63, 2**100 + 9]), ("Q", [2**64 - 1, -1, 2**70 + 2])):
    a = array(tc, vals)
    print(tc, a, len(bytes(a)))
print(array("b", [True, False]), array("B", [-(2**40)]), array("i", [-(2**62) - 3]))
print(array("f", [0.1, 1e40, -1e-50, 16777217]), array("d", [0.1, 1e300, 10**20]))
print(array("f", [float("inf"), float("-inf")]), str(array("d", [float("nan")]))[:15])
f = array("f", [0])
f[0] = 3.3
print(f[0], f[0] == 3.3, type(f[0]))
d = array("d", [0])
d[0] = 3.3
print(d[0], d[0] == 3.3)
d[0] = 7
print(d, array("d", [True]))


class F:
    def __float__(self):
        return 0.5


print(array("d", [F()]), array("f", [F()]))
print(array("P", [1, 2**64 - 1]), array("P", [-5]))
o = array("O", [None, "a", (1,)])
o.append([2])
print(o[0], o[1], o[2], o[3], len(o), list(o[1:3]))
