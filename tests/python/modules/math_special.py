# math: special functions erf, erfc, gamma, lgamma
import math

for x in (-3, -1.5, -0.5, -0.1, 0, 0.001, 0.25, 0.5, 1, 1.5, 2, 3, 4.5, 6, 10):
    print("%g erf=%.9g erfc=%.9g" % (x, math.erf(x), math.erfc(x)))
print(math.erf(float("inf")), math.erf(float("-inf")), math.erfc(float("inf")), math.erfc(float("-inf")))
print("%.6g %.6g" % (math.erfc(20), math.erfc(27)))

for x in (0.001, 0.1, 0.5, 1, 1.5, 2, 2.5, 3, 5, 7.5, 10, 20.5, 50, 100.25, 170.5, -0.5, -1.5, -2.5, -10.3):
    print("%g gamma=%.9g lgamma=%.9g" % (x, math.gamma(x), math.lgamma(x)))

# gamma of positive integers is exact
print([math.gamma(n) for n in range(1, 12)])
print(math.lgamma(1), math.lgamma(2), math.lgamma(float("inf")), math.lgamma(float("-inf")))
print(math.gamma(float("inf")))

for f, x in ((math.gamma, 0), (math.gamma, -1), (math.gamma, -2.0), (math.gamma, 200),
             (math.gamma, float("-inf")), (math.lgamma, 0), (math.lgamma, -3)):
    try:
        print(f(x))
    except ValueError as e:
        print("ValueError", e)
print(math.isnan(math.gamma(float("nan"))), math.isnan(math.erf(float("nan"))))
