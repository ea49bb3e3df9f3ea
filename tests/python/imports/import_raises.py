# an exception raised while importing propagates to the importer
import sys
try:
    import mod_raises
except ValueError as e:
    print("ValueError:", e)
print("mod_raises" in sys.modules)
# importing again re-executes the module
try:
    import mod_raises
except ValueError as e:
    print("again:", e)
