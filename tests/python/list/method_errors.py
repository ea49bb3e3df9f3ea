# error cases of list methods
l = [1, 2, 3]
for f in (lambda: [].pop(), lambda: l.pop(5), lambda: l.pop(-4), lambda: l.remove(9), lambda: l.index(9), lambda: l.index(1, 1)):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
for f in (lambda: l.append(), lambda: l.insert(1), lambda: l.extend(5)):
    try:
        f()
    except TypeError:
        print("TypeError")
print(l)
