# str() and repr() of exceptions
for e in [ValueError(), ValueError("msg"), ValueError("a", 1), ValueError(5),
          KeyError("k"), KeyError(), KeyError(1, 2), IndexError("i"),
          TypeError("t"), OSError(2, "No such file"), StopIteration(7),
          RuntimeError(None), Exception("")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
