# real (op) complex and complex (op) real, including signed zeros and infinities
import math
inf = float("inf"); nan = float("nan")
vals = [0, 1, -1, 2.5, -0.0, 0.0, 3, inf, -inf]
cs = [1j, -1j, 2+3j, complex(-0.0, 0.0), complex(inf, 1), complex(1, inf), complex(1.5, -2)]
for v in vals:
    for c in cs:
        print(repr(v), repr(c), v + c, c + v, v - c, c - v, v * c, c * v)
