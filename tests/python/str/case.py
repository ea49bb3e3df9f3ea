# upper, lower and the isX predicates
for s in ("abc", "ABC", "aBc", "abc123", "123", "", " ", " \t\n", "a b", "ABC DEF", "Ab1!", "\r"):
    print(repr(s), s.upper(), s.lower(), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower())
