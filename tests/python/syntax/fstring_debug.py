# f-string self-documenting expressions (=)
# note: MicroPython formats the value with str() (CPython uses repr())
x = 10
name = "mp"
print(f"{x=}")
print(f"{x*2=}")
print(f"{name=}")
print(f"{name=!r}")
print(f"{x=:5}|")
print(f"{3.5=:.2f}")
print(f"a{x=}b{name=}c")
