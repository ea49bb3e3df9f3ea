# subclassing list
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__)
print(sorted(s, reverse=True), 2 in s, s[0], s[1:])

class Init(list):
    def __init__(self, *items):
        super().__init__(items)
        self.extra = "x"
i = Init(3, 1, 2)
i.sort()
print(i, i.extra)

class Logged(list):
    def append(self, v):
        print("append", v)
        super().append(v)
l = Logged([1])
l.append(2)
print(l)
for v in l:
    print("iter", v)
print(list(l) == [1, 2], l == [1, 2])
