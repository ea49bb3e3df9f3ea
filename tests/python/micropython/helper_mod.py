# imported by sys_modules.py
print("helper_mod loaded")
VALUE = 123
