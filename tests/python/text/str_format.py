# % formatting, format() specs and str.format, with CPython's float rounding
print("%.3f|%.0f|%.0f|%.0f|%.1f|%.2f" % (2.5, 0.5, 1.5, 2.5, 0.25, 2.675))
print("%.2f" % 1e25, "%f" % 1e22, "%.2e" % 1234.5, "%g|%g|%g" % (100000.0, 1000000.0, 1e-5))
print("%.17g|%.20f|%10.4f|%-10.2e|%010.2f" % (0.1, 0.1, 3.14159, 1234.5, -3.14159))
print("%+.1f|% .2f|%#.0f|%#g|%G|%E" % (2.0, 2.0, 2.0, 1.5, 1e-20, 12345.678))
print("%5d|%-5d|%05d|%+d|% d|%.3d|%05.3d" % (1, 2, 3, 4, 5, 6, 7))
print("%x %X %o %#x %#X %#o %x" % (255, 255, 8, 255, 255, 8, -255))
print("%c%c|%5c|%r|%5r|%.2s|" % (65, "b", "x", "s", "a", "xyz"))
print("%(a)s-%(b)r" % {"a": 1, "b": "x"}, "%*d|%-*.*f|" % (5, 1, 8, 2, 3.14159), "%%", "%s" % {})
print("%d %x %s %d" % (10**25, 10**25, True, True))
for args in ((1,), (1, 2, 3)):
    try:
        print("%s %s" % args)
    except TypeError:
        print("TypeError")
for fmt in ("a%", "%l"):
    try:
        fmt % 1
    except ValueError:
        print("ValueError")
print(format(1234.5, ".2e"), format(1e-5, "g"), format(0.5, ".0f"), format(1234567.891, ",.2f"))
print(format(1.0, ".2"), format(100.0, ".3"), format(1e16, ""), format(1.23456789, "10"), format(0.25, "%"))
print(format(float("-inf"), "010"), format(float("nan"), "+"), format(1.0, "#g"), format(-0.0, "g"))
print(format(1234, ","), format(1234, "_"), format(1234, "010,"), format(0xABCDEF, "#012_x"), format(-12, "=+8"))
print(format(255, "#010b"), format(97, "c"), format(97, "5c"), format(8, "#o"), format(10**30, ","))
print(format(True, ""), format(True, "d"), format("ab", "^6"), format("ab", "05"), format("abc", ".1"))
print("{}-{}".format(1, [4, 5]), "{1}-{0}".format(1, 2), "{!r}".format("x"), "{0!r:>10s}|{0!s:<5}|".format("foo"))
print("{:{}}".format(123, "#>10"), "{0:{1}{2}}".format(123, "#>", "10"), "{:>{w}}".format("a", w=4))
print("{0[1]}{0[0]}".format("ab"), "{a[x]}".format(a={"x": 7}), "}}{{", "{:d}|{:5}|{}".format(True, False, True))
for fmt, args in (("{1:}", (1,)), ("}", ()), ("{!", ()), ("{abc", ()), ("{}{0}", (1, 2)), ("{0}{}", (1,))):
    try:
        fmt.format(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
x = 3.14159
print(f"{x:.2f}|{x!r:>10}|{10:#x}|{'a'!r:^5}|{1e-7}")
