# module objects as namespaces
import mod_noall
names = sorted(n for n in dir(mod_noall) if not n.startswith("__"))
print(names)
print(mod_noall.__dict__["visible"], "also_visible" in mod_noall.__dict__)
print(getattr(mod_noall, "visible"), hasattr(mod_noall, "nope"))
setattr(mod_noall, "dynamic", 123)
print(mod_noall.dynamic)
import mod_noall as again
print(again.dynamic)
del mod_noall.dynamic
print(hasattr(again, "dynamic"))

# a module can be passed around and stored like any object
mods = {"m": mod_noall}
print(mods["m"].also_visible, type(mods["m"]).__name__)
