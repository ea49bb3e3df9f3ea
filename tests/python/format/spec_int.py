# integer presentation types in format specs
n = 255
print("{:d} {:b} {:o} {:x} {:X} {:c}".format(n, n, n, n, n, 65))
print("{:#b} {:#o} {:#x} {:#X}".format(n, n, n, n))
print("{:+d} {:+d} {: d} {: d} {:-d}".format(5, -5, 5, -5, 5))
print("{:,} {:,} {:,}".format(1234567, -1000, 999))
print("{:_} {:_x}".format(1234567, 0xFFFFFF))
print("{:08b} {:#010x} {:>+5d}".format(5, 255, 3))
print("{:x}".format(-255), "{:b}".format(-5), "{:o}".format(2**70))
print("{:e} {:.2f} {:%} {:g}".format(5, 5, 5, 5))
