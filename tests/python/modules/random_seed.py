# random: seeding makes the sequence repeatable
import random

random.seed(42)
a = [random.getrandbits(32) for _ in range(5)]
random.seed(42)
b = [random.getrandbits(32) for _ in range(5)]
print(a == b)
random.seed(43)
print([random.getrandbits(32) for _ in range(5)] != a)

# the generator is Yasmarang, seeded as in MicroPython: exact sequences
random.seed(1)
print([random.getrandbits(32) for _ in range(4)])
print([random.getrandbits(12) for _ in range(4)])
random.seed(0)
print(random.getrandbits(16) != 0, random.getrandbits(0))
random.seed(2**32 + 1)
x = random.getrandbits(32)
random.seed(1)
print(x == random.getrandbits(32))
random.seed(-1)
y = random.getrandbits(32)
random.seed(2**32 - 1)
print(y == random.getrandbits(32))

random.seed(7)
print(["%.12f" % random.random() for _ in range(3)])
print([random.randrange(1000) for _ in range(5)])
print([random.randint(-10, 10) for _ in range(8)])
print("".join(random.choice("abcdef") for _ in range(10)))

# seed() with no argument (or None) seeds from the host
random.seed()
random.seed(None)
print(0 <= random.getrandbits(8) < 256)

for bits in (1, 2, 8, 16, 31, 32):
    print(bits, all(0 <= random.getrandbits(bits) < (1 << bits) for _ in range(200)))
for bad in (-1, 33, 100):
    try:
        random.getrandbits(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (1.5, "1"):
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)
