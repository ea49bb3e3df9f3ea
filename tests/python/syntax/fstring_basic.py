# f-strings: expressions, conversions, quoting
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s}")
print(f"upper {name.upper()}")
print(f"{'single'} {'nested'.upper()}")
print(f'{"double inside single"}')
print(f"""triple {name} "quotes" """)
print(f"{{literal braces}} {n}")
print(f"{{{n}}}")
print(f"{[1, 2][0]} {dict(a=1)['a']}")
print(f"{n if n > 10 else 0}")
print(f"{abs(-3)}")
print(f"{3 + 4:>5}|")
print(f"")
print(f"{n}" f"{name}")
print("plain " f"{n}" " mixed")
print(rf"raw \n {n}")
print(fr"raw \t {name}")

class P:
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"

p = P()
print(f"{p} {p!r} {p!s}")
print(f"{None} {True} {1.5} {-0.0}")
