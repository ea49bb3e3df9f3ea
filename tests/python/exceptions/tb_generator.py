# traceback through a generator and a method
class Source:
    def items(self):
        yield 1
        yield 2
        raise OSError(5)

def consume():
    total = 0
    for v in Source().items():
        total += v
        print("got", v)
    return total

consume()
