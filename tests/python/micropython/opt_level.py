# micropython.opt_level: default level, setting it, and its effect on asserts
import micropython
print(micropython.opt_level())
exec("try:\n    assert False, 'boom'\nexcept AssertionError as e:\n    print('assert raised', e)")
micropython.opt_level(1)
print(micropython.opt_level())
exec("assert False\nprint('assert skipped')")
exec("print(__debug__)")
micropython.opt_level(0)
print(micropython.opt_level())
exec("print(__debug__)")
