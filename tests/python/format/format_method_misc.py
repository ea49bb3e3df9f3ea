# misc str.format behaviours
print("{}".format([1, "a"]), "{}".format((1,)), "{}".format({"a": 1}), "{}".format(None))
print("{0}".format(True), "{:d}".format(True), "{:5}|".format(True))
print("a{}b".format(""), "{}{}".format("x", "y") * 2)
print("{:>3}{:>3}{:>3}".format(1, 22, 333))
t = "{}-{}"
print(t.format(1, 2), t.format("a", "b"))
print("{:3d}|{:<3d}|{:^3d}|".format(1, 2, 3))
