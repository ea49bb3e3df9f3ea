# printf-style % formatting
print("%s|%r|%d|%i" % ("s", "r", 42, -7))
print("%5s|%-5s|%.2s|%5d|%-5d|%05d|%+d|% d" % ("ab", "ab", "abcdef", 42, 42, 42, 42, 42))
print("%x|%X|%o|%#x|%#o|%c|%c" % (255, 255, 8, 255, 8, 65, "z"))
print("%f|%.1f|%e|%.3e|%g" % (1.5, 2.34, 12345.678, 0.00012, 1e-5))
print("%%|%s%%" % "100", "%s" % (1,), "%s" % [1, 2], "%s and %s" % (True, None))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d" % 3.99, "%s" % 3.5, "%r" % "x", "%5.1f|" % -2.345)
for f in (lambda: "%d" % "x", lambda: "%s %s" % "a", lambda: "%s" % (1, 2), lambda: "%z" % 1):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
