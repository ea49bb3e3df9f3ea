# return / break in finally override an in-flight return or exception
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f4():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out, i=%d" % i

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2  # does not change the already-evaluated return value

def f6():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"

def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

for f in (f1, f2, f3, f4, f5, f6, f7):
    print(f.__name__, f())

# finally runs when exception propagates out of function
def f8():
    try:
        raise IndexError("out")
    finally:
        print("f8 finally")

try:
    f8()
except IndexError as e:
    print("caught", e)
