# math: argument count and keyword errors
import math

tests = [
    lambda: math.sqrt(),
    lambda: math.sqrt(1, 2),
    lambda: math.sqrt(x=1),
    lambda: math.pow(1),
    lambda: math.log(),
    lambda: math.log(1, 2, 3),
    lambda: math.isclose(1),
    lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(1, 2, tol=3),
    lambda: math.frexp(),
    lambda: math.factorial(1, 2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
print(sorted(n for n in dir(math) if not n.startswith("_")))
