# f-strings with expressions
x, y = 3, 4
name = "World"
print(f"Hello, {name}!", f"{x} + {y} = {x + y}", f"{x * y}")
print(f"{[1, 2][0]} {'a' + 'b'} {len(name)} {name.upper()} {x if x > y else y}")
print(f"{{literal}} {{{x}}}", f"", f"{''}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{x!r} {name!r} {name!s}", f"{'q'!r}")
def f(a):
    return a * 2
print(f"{f(5)} {f('ab')}")
print(f"{x}" f"{y}" "plain" f"{x}{y}")
print(f"{[i for i in range(3)]}")
