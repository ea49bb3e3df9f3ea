# float presentation types in format specs
x = 1234.5678
print("{:f} {:.2f} {:.0f} {:10.3f} {:<10.1f}|".format(x, x, x, x, x))
print("{:e} {:.2e} {:E} {:g} {:.3g} {:G}".format(x, x, x, x, x, 1e-20))
print("{:%} {:.1%} {:.0%}".format(0.5, 0.123, 1))
print("{:+.2f} {: .2f} {:+.2f}".format(1.5, 1.5, -1.5))
print("{} {:.3} {:.1}".format(x, x, 0.05))
print("{:.2f} {:.3f} {:f}".format(float("inf"), float("-inf"), float("nan")))
print("{:010.2f} {:<+9.1f}|".format(-3.14159, 2.26))
