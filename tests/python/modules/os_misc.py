# os.sep, os.urandom and the unix port's environment functions
import os

print(os.sep)
for n in range(-2, 5):
    try:
        r = os.urandom(n)
        print(n, type(r), len(r))
    except ValueError:
        print(n, "ValueError")
print(len(set(os.urandom(16)) | set(os.urandom(16))) > 1)
print(os.stat("/")[0] & 0xF000 == 0x4000)

key = "MICROPY_OS_MISC_TEST_VAR"
print(os.getenv(key), os.getenv(key, "default"))
os.putenv(key, "value")
print(os.getenv(key))
os.unsetenv(key)
print(os.getenv(key))
print(hasattr(os, "uname"), hasattr(os, "getcwd"), hasattr(os, "ilistdir"))
