N = 30
# Recursive calls: naive Fibonacci, mutual recursion and Takeuchi's function.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


f = fib(N)
evens = 0
for i in range(N * 40):
    if is_even(i % 150):
        evens += 1
t = tak(N // 3 + 6, N // 3 + 2, N // 6)
print("fib", N, f, evens, t)
