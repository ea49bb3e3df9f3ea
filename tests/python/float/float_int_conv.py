# conversions between float and int
print(int(1.9999), int(-1.9999), int(1e15), int(1.5e16))
print(float(10**15), float(-(10**16)), float(2**63))
print(int(2.5e20), int(-3.7e25))
print(float(10**400 // 10**390), 1e10 == 10**10)
print(int("5") + float("0.5"))
