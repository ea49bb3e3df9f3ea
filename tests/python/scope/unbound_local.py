# assignment anywhere in a function makes the name local everywhere in it
x = "global"

def reads_then_assigns():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, "caught")
    x = "local"
    return x

print(reads_then_assigns())

def conditional(flag):
    if flag:
        y = 1
    return y

print(conditional(True))
try:
    conditional(False)
except NameError:
    print("NameError for unassigned local")

# augmented assignment of a global without declaration
counter = 0
def bump():
    try:
        counter += 1
    except NameError:
        print("cannot augment unbound local")
bump()
print(counter)

# a deleted local is unbound again
def deleted():
    z = 1
    del z
    try:
        return z
    except NameError:
        return "unbound after del"
print(deleted())
