# breaking out of a for loop leaves the generator suspended
def gen():
    try:
        for i in range(5):
            print("yield", i)
            yield i
    finally:
        print("generator finally")

g = gen()
for v in g:
    if v == 1:
        break
print("after break")
# the same generator can be resumed by another loop
for v in g:
    print("resumed with", v)
    if v == 3:
        break
# explicit close runs the finally block
g.close()
print("closed")

# exhausting the generator runs finally normally
for v in gen():
    pass
print("exhausted")
