# negative zero
z = -0.0
print(z, repr(z), 0.0 == -0.0, str(-0.0))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -1 * 0.0)
print(abs(-0.0), -(0.0), -(-0.0))
print(round(-0.4), round(-0.0), int(-0.0), float("-0"), float("-0.0"))
print(1 / float("-inf"), -0.0 // 1, -0.0 % 1)
print(hash(-0.0) == hash(0.0), {0.0: "a"}[-0.0])
print("%f" % -0.0, "{}".format(-0.0), "{:.1f}".format(-0.04))
