# exceptions raised in finally blocks
def f():
    try:
        raise ValueError("body")
    finally:
        raise KeyError("finally")

try:
    f()
except KeyError as e:
    print("finally's exception wins:", e.args)
except ValueError:
    print("never")

# finally runs and exception propagates
def g(log):
    try:
        log.append("try")
        raise IndexError
    finally:
        log.append("finally")
log = []
try:
    g(log)
except IndexError:
    log.append("caught")
print(log)

# exception in except handler with a finally
def h():
    try:
        raise TypeError
    except TypeError:
        raise RuntimeError("from handler")
    finally:
        print("h finally")
try:
    h()
except RuntimeError as e:
    print("caught", e)

# try/finally inside a loop with an exception on one iteration
for i in range(3):
    try:
        try:
            if i == 1:
                raise ValueError(i)
            print("ok", i)
        finally:
            print("finally", i)
    except ValueError as e:
        print("handled", e)
