# sys.exc_info() inside and outside handlers
import sys

print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(v) is t)
print(sys.exc_info())

def get_info():
    return sys.exc_info()[0]

try:
    {}["k"]
except KeyError:
    print("called from handler:", get_info().__name__)

# nested handlers
try:
    raise TypeError("outer")
except TypeError:
    try:
        raise IndexError("inner")
    except IndexError:
        print("inner:", sys.exc_info()[0].__name__)
