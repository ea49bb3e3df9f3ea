# sys.modules records imported Python modules
import sys
print("helper_mod" in sys.modules)
import helper_mod
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod, helper_mod.VALUE)
del sys.modules["helper_mod"]
import helper_mod as again
print(again is not helper_mod, again.VALUE)
