# pass, Ellipsis, empty bodies
def nothing():
    pass

class Empty:
    pass

def dots():
    ...

print(nothing(), dots(), Empty.__name__)
print(..., Ellipsis, ... is Ellipsis, ... == Ellipsis)
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("done")

# docstring-only bodies
def doc():
    "only a docstring"

class DocClass:
    """class doc"""

print(doc())
x = [..., ...]
print(x, len(x))
