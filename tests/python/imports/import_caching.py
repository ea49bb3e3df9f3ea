# modules are executed once and cached in sys.modules
import sys
print("mod_counter" in sys.modules)
import mod_counter
import mod_counter
from mod_counter import state
print("mod_counter" in sys.modules, sys.modules["mod_counter"] is mod_counter)
mod_counter.state.append(1)
import mod_counter as again
print(again.state, again is mod_counter)

# removing the module from sys.modules forces a fresh execution
del sys.modules["mod_counter"]
import mod_counter as fresh
print(fresh is again, fresh.state, again.state)
