# from m import * respects __all__
from mod_all import *
print(public_one, _exported_private)
for name in ("public_two", "_really_private"):
    print(name, name in globals())
