# try statements in loops, with continue/break in handlers
values = ["1", "x", "3", None, "5"]
total = 0
for v in values:
    try:
        total += int(v)
    except ValueError:
        print("skip bad", repr(v))
        continue
    except TypeError:
        print("stop at", v)
        break
    print("added", v)
print("total", total)

# retry pattern
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise OSError("transient")
        print("succeeded after", attempts)
        break
    except OSError as e:
        print("attempt", attempts, "failed:", e)

# exception escaping a for loop ends it
def gen():
    for i in range(5):
        yield i
try:
    for i in gen():
        if i == 2:
            raise StopIteration("manual")
except StopIteration as e:
    print("escaped with", e, "at", i)
