# bytes methods shared with str
b = b" Hello, World "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b".rsplit(b" "))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(b"zz"))
print(b.startswith(b" H"), b.endswith(b" "), b.replace(b"l", b"L"), b.replace(b"l", b"", 1))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"k=v".partition(b"="), b"a.b.c".rpartition(b"."))
print(b"abc".isalpha(), b"123".isdigit(), b" ".isspace(), b"AB".isupper(), b"ab".islower())
print(b"ab\ncd\r\n".splitlines(), b"x".center(5))
try:
    b.find("o")
except TypeError:
    print("TypeError")
