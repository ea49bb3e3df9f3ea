# common while-loop patterns
# countdown
n = 5
while n:
    n -= 1
print("n", n)

# while True with break
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("i", i)

# while with complex condition
a, b = 0, 1
fibs = []
while b < 100 and len(fibs) < 20:
    fibs.append(b)
    a, b = b, a + b
print(fibs)

# consuming a list
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())

# nested while with else
x = 0
while x < 2:
    y = 0
    while y < 2:
        y += 1
    else:
        print("inner else", x)
    x += 1
else:
    print("outer else")

# collatz
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(collatz(27))
