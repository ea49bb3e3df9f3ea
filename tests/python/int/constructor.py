# int() from numbers and objects
print(int(), int(3.9), int(-3.9), int(0.5), int(-0.5), int(True), int(False))
print(int(1e20), int(-1e20), int(2.0**70))
print(int(123456789012345678.0))
print(int(10**30), int(-7))
class A:
    def __int__(self):
        return 42
print(int(A()))
for v in (float("inf"), float("-inf")):
    try:
        int(v)
    except OverflowError as e:
        print(type(e).__name__)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__)
print(type(int(5.0)).__name__, int is type(7))
