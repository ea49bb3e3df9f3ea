# formatting and joining non-ASCII strings
s0 = "\u00e9"
print("-".join(["\u00e9", "\U0001f600", "x"]), "\U0001f600" * 3, "\u00e9" + "\u20ac")
print("[%s]" % "\U0001f600", "[{}]".format("\u00e9\u20ac"), f"[{s0}]")
s = "\u00e9\U0001f600"
print(len(s * 4), (s * 2)[1:3] == "\U0001f600\u00e9")
print("x\u00e9y".split("\u00e9"), "\U0001f600a\U0001f600".strip("\U0001f600"))
