# dict and set comprehensions, generator expressions
print(sorted({k: k * k for k in range(5)}.items()))
print(sorted({v: k for k, v in {"a": 1, "b": 2}.items()}.items()))
print(sorted({x % 3 for x in range(10)}))
print({c for c in "mississippi"} == set("misp"))
print(sorted({k: [j for j in range(k)] for k in range(4)}.items()))

# later keys override earlier ones
print(sorted({x % 2: x for x in range(6)}.items()))

# conditions
print(sorted({k: v for k, v in zip("abcd", range(4)) if v % 2}.items()))

# generator expressions
g = (x * 2 for x in range(4))
print(type(g).__name__)
print(list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(tuple(x for x in "xyz"))
print(sorted(set(x for x in [3, 1, 3, 2])))
# generator expression as the sole argument without extra parens
print("-".join(str(i) for i in range(5)))
# nested generator expression
print(list((i, j) for i in range(2) for j in (i * 10 + k for k in range(2))))
