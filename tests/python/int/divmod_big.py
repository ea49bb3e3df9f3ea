# divmod with big operands
print(divmod(10**30, 7), divmod(-(10**30), 7))
print(divmod(10**30, -(10**10)), divmod(2**100, 2**50))
print(divmod(7, 10**30), divmod(-7, 10**30))
q, r = divmod(123456789123456789123456789, 987654321)
print(q, r, q * 987654321 + r)
print(divmod(0, 5), divmod(5, 1), divmod(-5, -1))
