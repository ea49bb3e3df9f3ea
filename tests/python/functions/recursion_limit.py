# unbounded recursion raises RuntimeError, which can be caught
def down(n):
    return down(n + 1)

try:
    down(0)
except RuntimeError as e:
    print("RuntimeError:", e)

# the interpreter is usable afterwards
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50))

# recursion through __repr__ style method calls
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)

n = None
for i in range(30):
    n = Node(n)
print(n.length())
