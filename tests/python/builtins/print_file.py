# print() to a file-like object
import io
buf = io.StringIO()
print("hello", 1, 2, file=buf)
print("x", "y", sep="-", end="!", file=buf)
print(file=buf)
print(repr(buf.getvalue()))
import sys
print("to stdout", file=sys.stdout)
buf2 = io.StringIO()
for i in range(3):
    print(i, end=",", file=buf2)
print(buf2.getvalue())
