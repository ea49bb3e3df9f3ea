# nested f-strings and nested fields
a = 5
b = "txt"
print(f"{f'{a}'}")
print(f"{f'{b!r}':>10}|")
print(f"outer {f'inner {a + 1}'} end")
items = ["x", "y"]
print(f"{', '.join(f'<{i}>' for i in items)}")
print(f"{ {'k': a}['k'] }")
print(f"{[f'{i}{i}' for i in range(3)]}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{len(f'{a}{b}')}")
w = 6
print(f"{a:{w}}|{a:<{w}}|")
print(f"{3.14159:.{a - 3}f}")
