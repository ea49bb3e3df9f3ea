# comparisons between floats and big ints
big = 10**20
print(big == 1e20, big > 1e19, big < 1e21, 1e20 == big)
print(2**70 == 2.0**70, 2**70 < 2.0**71, -(2**70) > -(2.0**71))
print(float("inf") > 10**30, float("-inf") < -(10**30), 10**30 < float("inf"))
print(float("nan") == 10**30, float("nan") < 10**30)
print(2**1000 > 1e300, -(2**1000) < -1e300)
print(0.5 < 1, 1 < 1.5 < 2, 2**64 > 1.8e19, 2**64 < 1.9e19)
