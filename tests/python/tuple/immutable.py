# tuples are immutable but may contain mutable items
t = (1, [2, 3])
try:
    t[0] = 5
except TypeError:
    print("TypeError assign")
try:
    del t[0]
except TypeError:
    print("TypeError delete")
t[1].append(4)
print(t)
try:
    t.append(5)
except AttributeError:
    print("AttributeError")
try:
    t += [1]
except TypeError:
    print("TypeError concat")
print(t)
