# string literal forms: triple quotes, raw strings, concatenation, escapes
s = """line1
line2"""
print(s, len(s))
print('''single ''' "adj" 'acent')
print(r"raw\n\t", len(r"\n"), r"\\", rb"\x00")
print("\x41\u0042\U00000043\101", "tab:\t|", "a\
b")
print("null:\0:", len("\0"))
x = ("a"
     "b"
     "c")
print(x)
