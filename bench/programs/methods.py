N = 30000
# Method calls and attribute access on user classes (inheritance, super(),
# properties, class attributes, static and class methods).


class Vec:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def wrap(self, m):
        self.x %= m
        self.y %= m
        return self


class Particle(Vec):
    def __init__(self, x, y, mass):
        super().__init__(x, y)
        self.mass = mass

    @property
    def momentum(self):
        return self.mass * (self.x + self.y)

    def energy(self):
        return self.mass * self.dot(self) // 2


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.count = 0
        self.total = 0

    def bump(self, v):
        self.count += 1
        self.total += v
        return self

    @staticmethod
    def limit():
        return 1000003

    @classmethod
    def make(cls):
        return cls()


def run(n):
    c = Counter.make()
    p = Particle(1, 2, 3)
    step = Vec(7, 11)
    acc = 0
    for i in range(n):
        p.x, p.y = p.add(step).wrap(997).x, (p.y + i) % 991
        c.bump(p.energy() % 1009).bump(p.momentum % 13)
        acc = (acc + c.total * Vec.dims) % Counter.limit()
    return acc, c.count, c.total, p.x, p.y


print("methods", N, *run(N), Counter.instances)
