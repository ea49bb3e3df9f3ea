# from ... import forms
from mod_a import value, greet
print(value, greet("from"))
from mod_a import Thing as T, _private
print(T(), _private)
from mod_a import (
    value as v2,
    greet as g2,
)
print(v2, g2("paren"))

# from-import copies the binding: rebinding the module attribute later is not seen
import mod_a
mod_a.value = 0
print(value, mod_a.value)

# importing a name that does not exist
try:
    from mod_a import does_not_exist
except ImportError as e:
    print("ImportError:", e)

# from-import inside a function binds a local
def f():
    from mod_noall import visible
    return visible
print(f(), "visible" in globals())
