# if / elif / else chains, truthiness of conditions
def classify(x):
    if x < 0:
        return "neg"
    elif x == 0:
        return "zero"
    elif x < 10:
        return "small"
    else:
        return "big"

for v in (-5, 0, 3, 10, 100):
    print(v, classify(v))

# truthiness of various objects
for obj in (0, 1, "", "a", [], [0], {}, {1: 2}, None, 0.0, 1.5, (), (None,), set(), range(0), range(1)):
    if obj:
        print(repr(obj), "truthy")
    else:
        print(repr(obj), "falsy")

# nested if without else, and single-line forms
x = 5
if x > 1:
    if x > 3: print("x>3")
if x > 10: print("never")
else: print("else branch")
if not x:
    pass
elif x:
    print("elif after pass")
