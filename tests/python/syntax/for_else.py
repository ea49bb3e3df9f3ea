# for / else
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)

# else runs after continue-only loop
for c in "abc":
    if c == "b":
        continue
    print(c)
else:
    print("else after continue")

# loop variable keeps last value after loop
for k in range(4):
    pass
print("k =", k)

# loop variable not assigned when loop is empty
for z in []:
    pass
try:
    z
except NameError:
    print("z unbound")

# return inside for skips else
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    else:
        return None

print(first_even([1, 3, 4, 6]), first_even([1, 3]))

# modifying the list while iterating (append) extends the iteration
lst = [1, 2]
for x in lst:
    if x < 4:
        lst.append(x + 2)
print(lst)
