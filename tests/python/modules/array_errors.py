# array: errors
from array import array


def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: array("z"))
t(lambda: array(""))
t(lambda: array("?"))
t(lambda: array("u"))
t(lambda: array(5))
t(lambda: array())
t(lambda: array("i", [1], 2))
t(lambda: array("i", 5))
t(lambda: array("i", [1.5]))
t(lambda: array("i", ["1"]))
t(lambda: array("i", "ab"))
t(lambda: array("i", [None]))
t(lambda: array("f", ["1"]))
t(lambda: array("i", typecode="i"))
a = array("i", [1, 2, 3])
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a["0"])
t(lambda: a[1.0])
t(lambda: a[::2])
t(lambda: a[::-1])


def setitem(i, v):
    a[i] = v
    return a


def setslice(v, step=False):
    if step:
        a[0:3:2] = v
    else:
        a[0:1] = v
    return a


def delitem():
    del a[0]


def delslice():
    del a[0:1]


t(lambda: setitem(3, 1))
t(lambda: setitem(0, 1.5))
t(lambda: setitem(0, "x"))
t(lambda: setslice([1]))
t(lambda: setslice((1,)))
t(lambda: setslice(array("h", [1])))
t(lambda: setslice(b"abcd"))
t(lambda: setslice(array("i", [1, 2]), True))
t(delitem)
t(delslice)
t(lambda: a.append(1.5))
t(lambda: a.append())
t(lambda: a.extend(5))
t(lambda: a.extend([1, "x"]))
print(a)
t(lambda: a + [1])
t(lambda: a + 1)
t(lambda: a * 2)
t(lambda: 2 * a)
t(lambda: -a)
t(lambda: a.pop())
t(lambda: a.typecode)
print(sorted(n for n in dir(array("i")) if not n.startswith("_")))
