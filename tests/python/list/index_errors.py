# list indexing errors with messages
l = [10, 20, 30]
print(l[0], l[-1], l[-3], l[2])
for i in (3, -4, 100):
    try:
        l[i]
    except IndexError as e:
        print(type(e).__name__)
    try:
        l[i] = 0
    except IndexError as e:
        print(type(e).__name__)
try:
    del l[5]
except IndexError as e:
    print(type(e).__name__)
for k in ("0", 1.0, None):
    try:
        l[k]
    except TypeError:
        print("TypeError", type(k).__name__)
print(l[True], l[False])
