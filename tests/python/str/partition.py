# partition and rpartition
print("a=b=c".partition("="), "a=b=c".rpartition("="))
print("abc".partition("x"), "abc".rpartition("x"), "".partition("x"), "".rpartition("x"))
print("key: value".partition(": "), "abc".partition("abc"), "abcabc".rpartition("bc"))
for f in (lambda: "a".partition(""), lambda: "a".rpartition("")):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__)
