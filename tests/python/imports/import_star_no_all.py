# without __all__, import * skips names starting with an underscore
from mod_noall import *
print(visible, also_visible)
print("_underscore" in globals())
import mod_noall
print(mod_noall._underscore)
