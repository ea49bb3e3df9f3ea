# built-in modules are not recorded in sys.modules, Python modules are
import sys
import micropython
import gc
print("sys" in sys.modules, "micropython" in sys.modules, "gc" in sys.modules, "__main__" in sys.modules)
import helper_mod
print("helper_mod" in sys.modules, list(sys.modules.keys()))
