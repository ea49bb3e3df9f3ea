# repr escaping of quotes and control characters
print(repr("abc"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\n\t\r"), repr("\x00\x01\x1f\x7f"), repr("\\"), repr("\a\b\f\v"))
print(repr("\xff"), repr("\u00e9"), repr("caf\u00e9"), repr("\u20ac"), repr("\U0001f600"))
print(repr(""), repr("'"), repr('"'), repr("'\""))
print(["a'b", 'q"'], ("\n",))
