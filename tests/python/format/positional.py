# str.format with automatic and explicit positional fields
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format(1, 2))
print("{{}} {{{}}} {{0}}".format(5))
print("{0}{0}{0}".format("ab"), "{2}-{1}-{0}".format(*"abc"))
for f in (lambda: "{} {}".format(1), lambda: "{1}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{} {0}".format(1, 2)):
    try:
        print(f())
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
