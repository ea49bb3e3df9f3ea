# f-strings with format specs, nested specs and conversions
v = 3.14159
n = 42
print(f"{v:.2f} {v:10.3f}| {v:<8.1f}| {n:05d} {n:x} {n:#b} {n:>6}|")
width, prec = 10, 3
print(f"[{v:{width}.{prec}f}]", f"[{n:^{width}}]", f"[{'s':*<{width}}]")
print(f"{n:,}", f"{1234567:,}", f"{0.5:%}", f"{n!r:>5}")
print(f"{'abc':.2}", f"{-n:+d}", f"{n:+d}", f"{1e20:g}")
