# iterating over strings and building them
out = []
for i, c in enumerate("abc"):
    out.append(c * (i + 1))
print(out)
it = iter("xy")
print(next(it), next(it), next(it, "end"))
print([c.upper() for c in "hello" if c != "l"])
print("".join(reversed("stressed")), "-".join(map(str, range(3))))
print(max("hello"), min("hello"), sorted("banana"), "abc".count("b"))
print(list(zip("abc", "12")), dict(zip("ab", "xy")) == {"a": "x", "b": "y"})
