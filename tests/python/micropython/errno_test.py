# errno constants and the errorcode table
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EPERM, errno.EIO, errno.EBADF, errno.EACCES)
print(errno.ENOMEM, errno.ENODEV, errno.EISDIR, errno.ETIMEDOUT, errno.ECONNRESET, errno.EINPROGRESS)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EEXIST], errno.errorcode[22])
print(type(errno.errorcode).__name__, all(errno.errorcode[getattr(errno, n)] == n for n in ("EIO", "EBADF", "EAGAIN")))
try:
    open("no_such_file_here.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.args[0] == errno.ENOENT, errno.errorcode[e.errno])
e = OSError(errno.EEXIST)
print(e.errno, e.args)
