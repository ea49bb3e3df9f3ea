# sys.stdout / sys.stderr write
import sys
n = sys.stdout.write("written\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(hasattr(sys.stdin, "read"), hasattr(sys.stdout, "write"))
