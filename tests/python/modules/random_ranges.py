# random: ranges and statistical sanity of randrange/randint/choice/random/uniform
import random

random.seed(12345)


def check(label, gen, ok, n=500):
    vals = [gen() for _ in range(n)]
    print(label, all(ok(v) for v in vals), len(set(vals)) > 1)
    return vals


v = check("randrange(10)", lambda: random.randrange(10), lambda x: 0 <= x < 10)
print(sorted(set(v)) == list(range(10)))
check("randrange(5, 9)", lambda: random.randrange(5, 9), lambda x: 5 <= x < 9)
check("randrange(-5, 5)", lambda: random.randrange(-5, 5), lambda x: -5 <= x < 5)
v = check("randrange(0, 20, 5)", lambda: random.randrange(0, 20, 5), lambda x: x in (0, 5, 10, 15))
print(sorted(set(v)))
v = check("randrange(10, 0, -3)", lambda: random.randrange(10, 0, -3), lambda x: x in (10, 7, 4, 1))
print(sorted(set(v)))
print(random.randrange(1), random.randrange(3, 4), random.randrange(3, 4, 10))
v = check("randint(1, 6)", lambda: random.randint(1, 6), lambda x: 1 <= x <= 6)
print(sorted(set(v)))
print(random.randint(5, 5), random.randint(-3, -3))
check("randint wide", lambda: random.randint(-(2**30), 2**30), lambda x: -(2**30) <= x <= 2**30)
v = check("choice", lambda: random.choice([1, "a", None]), lambda x: x in (1, "a", None))
print(random.choice((7,)), random.choice("x"), random.choice(range(3, 4)), random.choice(b"z"))
v = check("random", random.random, lambda x: type(x) is float and 0.0 <= x < 1.0)
print(0.4 < sum(v) / len(v) < 0.6)
v = check("uniform", lambda: random.uniform(-2, 3), lambda x: -2 <= x <= 3)
print(0 < sum(v) / len(v) < 1)
print(random.uniform(5, 5), type(random.uniform(1, 2)))
v = check("uniform reversed", lambda: random.uniform(3, 1), lambda x: 1 <= x <= 3)

for args in ((0,), (-3,), (5, 5), (5, 2), (0, 10, 0), (0, 10, -1), (10, 0, 1)):
    try:
        random.randrange(*args)
    except ValueError as e:
        print("ValueError", args, e.args)
try:
    random.randint(2, 1)
except ValueError as e:
    print("ValueError", e.args)
for seq in ([], "", ()):
    try:
        random.choice(seq)
    except IndexError as e:
        print("IndexError", e.args)
for bad in ((1.5,), ("a",), (1, 2.5)):
    try:
        random.randrange(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    random.choice(5)
except TypeError as e:
    print("TypeError", e)
print(sorted(n for n in dir(random) if not n.startswith("_")))
