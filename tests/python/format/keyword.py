# str.format with keyword fields and mixed arguments
print("{name} is {age}".format(name="Ann", age=7))
print("{0} {x} {1} {x}".format("a", "b", x="X"))
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{a}{0}".format("z", a="y"))
try:
    "{missing}".format(present=1)
except KeyError as e:
    print(type(e).__name__)
