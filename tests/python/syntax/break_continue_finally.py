# break and continue pass through finally blocks, which always run
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)

for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop, i =", i)

# nested try/finally with break: both finally blocks run, inner first
while True:
    try:
        try:
            print("inner try")
            break
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print("left while")

# continue inside finally-protected block within while
n = 0
while n < 3:
    n += 1
    try:
        if n == 2:
            continue
        print("n", n)
    finally:
        print("cleanup", n)

# break in for inside try/except that doesn't raise
for x in "xyz":
    try:
        if x == "y":
            break
    except Exception:
        print("no")
    else:
        print("else", x)
    finally:
        print("fin", x)
