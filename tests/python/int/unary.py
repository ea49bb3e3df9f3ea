# unary operators on small and big ints
for x in (0, 1, -1, 2**31, -(2**31), 2**63, -(2**63), 10**25, -(10**25)):
    print(-x, +x, ~x, abs(x))
print(-(-(2**64)), --5, -~5, ~-5)
print(abs(-True), -True, +False, ~True)
