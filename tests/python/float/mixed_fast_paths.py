print(1 + 2.5, 2.5 + 1, 3 - 0.5, 0.5 - 3, 2 * 1.5, 1.5 * 2, 1 / 4, 1.0 / 4, 3 / 1.5, 2**60 * 1.5)
print(1 < 1.5, 1.5 < 1, 2 <= 2.0, 2.0 >= 3, float("nan") < 1, 1 < float("nan"), float("inf") > 10**300)
print((1+2j) * (3-1j), (1+2j) + (1-1j), (1+2j) - 1j, abs(3+4j), abs(-2.5))
class F(float):
    def __lt__(self, o): return "custom"
    def __add__(self, o): return "cadd"
    def __abs__(self): return "cabs"
f = F(1.0)
print(f < 2, f + 1, abs(f))
try: 1 / 0.0
except ZeroDivisionError as e: print("zde", e)
try: 1.0 / 0
except ZeroDivisionError as e: print("zde", e)
print(True + 1.5, 1.5 * True, 0.1 + 0.2)
