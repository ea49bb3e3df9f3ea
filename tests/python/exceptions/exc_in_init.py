# exceptions raised inside __init__ propagate to the caller
class Conn:
    created = 0
    def __init__(self, host):
        if not host:
            raise ValueError("empty host")
        Conn.created += 1
        self.host = host

try:
    c = Conn("")
except ValueError as e:
    print("failed:", e)
print("created", Conn.created)
try:
    c
except NameError:
    print("c was not bound")
c = Conn("example")
print(c.host, Conn.created)

# exception raised after partially initialising
class Partial:
    def __init__(self):
        self.a = 1
        raise RuntimeError("half done")
try:
    Partial()
except RuntimeError as e:
    print("RuntimeError", e)

# exception in a base class __init__ called through super
class Base:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative")
class Derived(Base):
    def __init__(self, v):
        print("Derived init", v)
        super().__init__(v)
        print("after super")
try:
    Derived(-1)
except ValueError as e:
    print("caught", e)
Derived(1)
