# f-string format specs
x = 3.14159
n = 255
s = "hi"
print(f"{x:.2f} {x:8.3f}| {x:<8.1f}| {x:e}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{n:5d}| {n:<5d}| {n:^5d}| {n:05d}")
print(f"{s:>5}| {s:<5}| {s:^6}| {s:*^6}| {s:-<4}")
print(f"{1234567:,} {-42:+d} {42:+d} {42: d}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{12:=+6}")
print(f"{'abc':.2}")
print(f"{1e10:g} {1e-5:g} {123.456:g}")
width = 8
prec = 3
print(f"{x:{width}.{prec}f}|")
print(f"{s:{'>'}{width}}|")
print(f"{n!r:>6}| {s!r:>6}|")

print("{:08b} {:.1f} {:^4}|".format(n, x, s))
