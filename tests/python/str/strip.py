# strip, lstrip, rstrip with and without chars
s = " \t\n hello world \r\n\x0b "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("hi".strip("")), repr("aaa".strip("a")))
print(repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")), repr("".strip()), repr("  ".strip()))
print(repr("www.example.com".strip("w.moc")))
try:
    "x".strip(5)
except TypeError:
    print("TypeError")
