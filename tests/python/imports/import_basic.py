# plain import statements
import mod_a
print(mod_a.value, mod_a.greet("you"), mod_a.Thing())
print(type(mod_a).__name__, mod_a.__name__)

import mod_a as alias
print(alias is mod_a, alias.value)

# import of several modules in one statement
import sys, mod_noall
print(mod_noall.visible, "sys" in dir())

# module attributes can be modified and added
mod_a.value = 43
mod_a.new_attr = "added"
import mod_a
print(mod_a.value, mod_a.new_attr)

# missing attribute on a module
try:
    mod_a.missing
except AttributeError as e:
    print("AttributeError:", e)
