# invalid int() arguments
cases = [("12a",), ("",), ("  ",), ("0x10",), ("8", 8), ("2", 2), ("g", 16), ("1.5",), ("--1",), ("+",), ("0x", 16)]
for c in cases:
    try:
        print(int(*c))
    except ValueError as e:
        print("ValueError", c)
for c in (("1", 1), ("1", 37), ("1", -1)):
    try:
        print(int(*c))
    except ValueError as e:
        print("ValueError base", c[1])
for c in (None, [1], (1,)):
    try:
        print(int(c))
    except TypeError as e:
        print("TypeError", type(c).__name__)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError")
