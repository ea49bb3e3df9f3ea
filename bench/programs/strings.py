N = 30000
# String work: concatenation, %-formatting, str.format, f-strings, join,
# split, replace, case changes, searching and slicing (in rounds of 500
# lines).


def build(start, n):
    parts = []
    s = ""
    for i in range(start, start + n):
        name = "item%d" % i
        line = "{}:{:>6}|{:<4}|".format(name, i * 7 % 1000, i % 97)
        line += f"{i % 13:02d}-{name[-2:]}"
        parts.append(line)
        if i % 50 == 0:
            s += line[:5]
    return parts, s


def churn(parts):
    text = "\n".join(parts)
    words = text.replace("|", " ").replace(":", " ").split()
    upper = " ".join(w.upper() for w in words if w.startswith("item"))
    hits = 0
    pos = text.find("99")
    while pos >= 0:
        hits += 1
        pos = text.find("99", pos + 2)
    return [len(text), len(words), len(upper), upper.count("ITEM1"), hits]


def checksum(s):
    h = 0
    for i in range(0, len(s), 7):
        h = (h * 31 + ord(s[i])) % 1000003
    return h


acc = [0] * 7
tail = ""
for start in range(0, N, 500):
    parts, small = build(start, min(500, N - start))
    res = churn(parts) + [len(small), checksum("".join(parts))]
    acc = [x + y for x, y in zip(acc, res)]
    tail = "-".join(sorted(parts)[-2:])[:30]
print("strings", N, *acc, tail.strip())
