# str/repr of OSError with known and unknown errno values
import errno
print(OSError(errno.ENOENT, "x"), OSError(errno.ENOENT), repr(OSError(2, "x")))
print(OSError(errno.EEXIST), OSError(999, "y"), OSError(999), OSError("msg"), OSError())
e = OSError(errno.EINVAL, "bad")
print(e.errno, e.args)
