# infinite generators consumed with islice-like helpers
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def islice(it, start, stop, step=1):
    it = iter(it)
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n

print(take(5, naturals()))
print(take(3, naturals(10)))
print(list(islice(fib(), 0, 15)))
print(list(islice(naturals(), 5, 20, 5)))
print(take(10, primes()))
evens = (n for n in naturals() if n % 2 == 0)
print(take(4, evens), take(2, evens))

# zip stops at the shortest iterable, even with infinite ones
print(list(zip("abc", naturals(1))))
# enumerate over an infinite generator
for i, f in enumerate(fib()):
    if f > 100:
        print("first fib over 100 is at", i, f)
        break
