N = 20000
# Float math: a small gravitational n-body simulation (leapfrog steps over
# lists of floats), with the total energy as the checksum.
import math


def make_bodies():
    bodies = []
    seed = 17
    for i in range(6):
        vals = []
        for _ in range(7):
            seed = (seed * 75 + 74) % 65537
            vals.append(seed / 65537.0 - 0.5)
        x, y, z, vx, vy, vz, m = vals
        bodies.append([x * 10.0, y * 10.0, z * 10.0, vx, vy, vz, 1.0 + m])
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    for _ in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                c = bodies[j]
                dx = b[0] - c[0]
                dy = b[1] - c[1]
                dz = b[2] - c[2]
                d2 = dx * dx + dy * dy + dz * dz + 0.01
                mag = dt / (d2 * math.sqrt(d2))
                bm = b[6] * mag
                cm = c[6] * mag
                b[3] -= dx * cm
                b[4] -= dy * cm
                b[5] -= dz * cm
                c[3] += dx * bm
                c[4] += dy * bm
                c[5] += dz * bm
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = make_bodies()
e0 = energy(bodies)
advance(bodies, 0.001, N)
e1 = energy(bodies)
print("nbody", N, int(e0 * 1e9), int(e1 * 1e9), int(bodies[0][0] * 1e6))
