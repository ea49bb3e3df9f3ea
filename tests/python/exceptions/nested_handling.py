# nested try statements
def process(items):
    results = []
    for it in items:
        try:
            try:
                results.append(10 // it)
            except ZeroDivisionError:
                results.append("div0")
                raise ValueError("converted")
            finally:
                results.append("f")
        except ValueError as e:
            results.append(str(e))
        except TypeError:
            results.append("type")
    return results

print(process([5, 0, "x"]))

# an exception in an except clause is caught by an outer try
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise IndexError("b")
except IndexError as e:
    print("outer caught", e)

# inner try handles, outer never sees it
try:
    try:
        raise ValueError
    except ValueError:
        print("inner handled")
except ValueError:
    print("never")
else:
    print("outer else")

# exception propagates through several function frames
def level3():
    raise RuntimeError("deep")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError:
        print("no")
try:
    level1()
except RuntimeError as e:
    print("top caught", e)
