# augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 1; print(x)
x ^= 0xF; print(x)
x /= 4; print(x)

# on mutable objects += mutates in place
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)

# subscripts and attributes are evaluated once
calls = []
def key():
    calls.append("key")
    return 0
lst = [5]
lst[key()] += 10
print(lst, calls)

class O:
    pass
o = O()
o.n = 1
o.n += 1
print(o.n)
d = {"k": [1]}
d["k"] += [2]
print(d)
