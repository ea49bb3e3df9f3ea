# MicroPython wording of list IndexError/ValueError messages
l = [1, 2]
def setit(i):
    l[i] = 0
for f in (lambda: l[5], lambda: setit(5), lambda: l.pop(5), lambda: [].pop(), lambda: l.remove(9), lambda: l[::0]):
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__ + ":", e)
