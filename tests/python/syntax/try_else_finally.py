# try/except/else/finally ordering
def run(kind):
    print("--", kind)
    try:
        print("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "type":
            raise TypeError("t")
        if kind == "key":
            raise KeyError("k")
    except ValueError as e:
        print("except ValueError", e)
    except (TypeError, IndexError) as e:
        print("except tuple", type(e).__name__)
    else:
        print("else")
    finally:
        print("finally")

run("none")
run("value")
run("type")
try:
    run("key")
except KeyError:
    print("KeyError propagated")

# exception in else is not caught by the same try's handlers
try:
    try:
        pass
    except ZeroDivisionError:
        print("no")
    else:
        1 / 0
    finally:
        print("finally after else")
except ZeroDivisionError:
    print("outer caught from else")

# exception raised in except handler propagates after finally
try:
    try:
        raise ValueError
    except ValueError:
        raise TypeError("in handler")
    finally:
        print("finally runs")
except TypeError as e:
    print("outer got", e)

# bare except catches everything
try:
    [][1]
except:
    print("bare except")
