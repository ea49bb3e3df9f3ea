# repetition (greedy and lazy), alternation, groups
import re

def g(p, s):
    m = re.match(p, s)
    if m is None:
        print(None)
        return
    out = []
    try:
        i = 0
        while True:
            out.append(m.group(i))
            i += 1
    except IndexError:
        pass
    print(out)

g("a*", "aaab")
g("a*?", "aaab")
g("a+", "aaab")
g("a+?", "aaab")
g("a?", "aab")
g("a??", "aab")
g("(a*)(a)", "aaa")
g("(a*?)(a+)", "aaa")
g("<(.*)>", "<a><b>")
g("<(.*?)>", "<a><b>")
g("cat|dog", "dog")
g("(cat|dog)s?", "cats")
g("a(b|c)*d", "abcbcd")
g("(ab)*", "ababa")
g("x(a|bc|d)y", "xbcy")
g("(a|ab)(c|bcd)(d*)", "abcd")
g("a|b|c", "c")
g("(a)(b)?", "ac")
