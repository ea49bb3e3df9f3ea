# string literal forms
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("""line1
line2""")
print('''a 'quoted' "word" ''')
print("implicit" " " 'concat' """enation""")
s = ("multi"
     "line"
     " concat")
print(s)
print(r"raw \n stays", r'C:\path\to', r"\"")
print(len(r"\n"), len("\n"))
print("tab\there", "nl\\n shown")
print("back\\slash")
print("line\
continued")
print("""triple with \
continuation""")
print(repr("a\nb\tc\\d'e"))
print(repr('"'), repr("'"), repr("'\""))
print("" == '', len(""))
print(type("x" "y"), "ab" "cd" == "abcd")
print(u"u-prefix")
