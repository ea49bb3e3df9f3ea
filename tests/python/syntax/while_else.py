# while / else: the else runs only when the loop ends without break
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)

i = 0
while i < 10:
    if i == 2:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")

# condition false at start: else still runs
while False:
    print("never")
else:
    print("else on empty loop")

# continue does not skip the else
n = 0
while n < 4:
    n += 1
    if n % 2:
        continue
    print("even", n)
else:
    print("done", n)

# break inside nested while only leaves inner loop
a = 0
while a < 3:
    b = 0
    while True:
        b += 1
        if b > a:
            break
    else:
        print("unreachable")
    print("a", a, "b", b)
    a += 1
else:
    print("outer else")
