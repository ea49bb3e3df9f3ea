# underscores in int literals and int() strings
print(1_000, 0x_ff, 0b_1010, 0o_17, 1_2_3)
print(int("1_000"), int("0x_ff", 16), int("0b_101", 0), int("1_0", 2))
for s in ("1 0", "", "1.0"):
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", repr(s))
