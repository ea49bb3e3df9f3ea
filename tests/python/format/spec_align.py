# width, alignment and fill in format specs
print("[{:5}]".format("ab"), "[{:5}]".format(12), "[{:<5}]".format(12), "[{:>5}]".format("ab"), "[{:^5}]".format("ab"))
print("[{:*^9}]".format("mid"), "[{:-<6}]".format(1), "[{:0>4}]".format(7), "[{:#>3}]".format("abcd"))
print("[{:=+6}]".format(42), "[{:=6}]".format(-42), "[{:06}]".format(-42), "[{:06}]".format(4.5))
print("[{:^6}]".format(-1), "[{:x^7}]".format("e"), "[{:2}]".format("long"))
w = 8
print("[{:{}}]".format("ab", w), "[{:>{w}}]".format("ab", w=w), "[{:{f}^{w}}]".format("c", f="_", w=5))
