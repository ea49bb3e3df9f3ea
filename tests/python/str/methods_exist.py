# the str methods MicroPython provides
for name in ("count", "endswith", "find", "format", "index", "isalpha", "isdigit", "islower", "isspace", "isupper", "join", "lower", "lstrip", "replace", "rfind", "rindex", "rsplit", "rstrip", "split", "startswith", "strip", "upper", "center", "encode", "partition", "rpartition", "splitlines"):
    print(name, hasattr("", name), callable(getattr(str, name)))
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"))
