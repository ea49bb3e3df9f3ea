# break and continue in nested loops affect the innermost loop only
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print("pair", i, j)
    print("end inner", i)

# using a flag to leave both loops
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# break out of a while inside a for
out = []
for word in ["ab", "cde", "f"]:
    k = 0
    while True:
        if k >= len(word):
            break
        out.append(word[k])
        k += 1
    out.append("|")
print("".join(out))

# continue in while with manual increment
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    total += i
print("total", total)

# deeply nested
count = 0
for a in range(4):
    for b in range(4):
        for c in range(4):
            if c > b:
                break
            if (a + b + c) % 2:
                continue
            count += 1
print("count", count)
