# str/repr/formatting of big ints
x = 2**256
print(x)
print(repr(-x), str(x * -1))
print(hex(x), oct(2**70), bin(2**70 + 1))
print(hex(-(2**64)), bin(-5), oct(-8))
print("%d" % 2**80, "%x" % 2**80, "%X" % (2**80 - 1))
print("{:d}".format(10**20), "{:x}".format(2**65), "{:,}".format(2**64))
print(len(str(10**100)), str(10**100)[:5])
print(str(-(10**19)), str(10**19 - 1))
