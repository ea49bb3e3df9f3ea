# float formatting via str, %, format, f-strings
x = 3.14159265
print(str(x), "%f" % x, "%.2f" % x, "%e" % x, "%g" % x, "%10.3f|" % x, "%-10.3f|" % x)
print("{:.3}".format(x), "{:.3e}".format(x), "{:10.2f}".format(x), "{:<10.2f}".format(x), "{:+.1f}".format(x))
print(f"{x:.4f}", f"{x:08.3f}", f"{-x:.1f}", f"{x:.0f}", f"{3.5:.0f}")
print("%.3g" % 1234567.0, "%g" % 0.0001, "%g" % 1e-5, "%G" % 1e-10)
print("{:%}".format(0.25), "{:.1%}".format(0.125))
print("{:e}".format(0.0), "{:f}".format(1e10), "{:.2e}".format(-12345.678))
