# upper/lower of non-ASCII text (MicroPython only changes ASCII letters)
print("abc\u00e9".upper(), "ABC\u00c9".lower(), "stra\u00dfe".upper())
print("Hello \U0001f600".upper(), "\u20acUR".lower())
print("\u00e9".isalpha(), "\u00e9abc".isupper(), "abc\u00e9".islower())
