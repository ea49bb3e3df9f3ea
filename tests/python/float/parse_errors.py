# invalid float() arguments
for s in ("", " ", "abc", "1.2.3", "1e", "--1", "1,5", "0x10", "inf5", "1 2"):
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", repr(s))
for v in (None, [1.0], {}):
    try:
        float(v)
    except TypeError as e:
        print("TypeError", type(v).__name__)
