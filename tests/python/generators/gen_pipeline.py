# chaining generators into a pipeline
def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if "#" in line:
            line = line[:line.index("#")]
        line = line.strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, value = line.partition("=")
        yield key.strip(), value.strip()

text = """
# config
name = micro   # trailing
  size=10

empty =
"""
for k, v in parse(strip_comments(read_lines(text))):
    print(repr(k), repr(v))

# each stage runs lazily, interleaved
def stage(name, src):
    for v in src:
        print(name, v)
        yield v
print(list(stage("B", stage("A", range(2)))))

# generator of generators
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield (x for x in seq[i:i + n])
print([list(c) for c in chunks([1, 2, 3, 4, 5], 2)])
