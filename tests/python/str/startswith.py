# startswith and endswith with tuples and ranges
s = "hello.py"
print(s.startswith("he"), s.startswith("lo"), s.startswith(""), s.startswith("hello.py!"))
print(s.endswith(".py"), s.endswith("py", 0, 5), s.endswith(""), s.endswith("hello", 0, 5))
print(s.startswith("lo", 3), s.startswith("l", 2, 3), s.startswith("l", 3, 3), s.startswith("", 8))
print(s.startswith(("x", "he")), s.endswith(("a", "b")), s.endswith((".txt", ".py")), s.startswith(()))
print(s.startswith("o", -5), s.endswith("o", -10, -3))
try:
    s.startswith(["he"])
except TypeError:
    print("TypeError")
