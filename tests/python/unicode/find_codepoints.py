# find/index/count return code point positions
s = "\u00e9t\u00e9 \U0001f600 caf\u00e9 \U0001f600"
print(s.find("t"), s.find("\U0001f600"), s.rfind("\U0001f600"), s.find("caf"), s.index("\u00e9", 1), s.rindex("\u00e9"))
print(s.count("\u00e9"), s.count("\U0001f600"), s.find("\U0001f600", 5), s.find("z"))
print(s.split(" "), s.partition("\U0001f600"))
print(s.replace("\U0001f600", ":)"), s.startswith("\u00e9t"), s.endswith("\U0001f600"))
print(s[s.find("caf"):s.find("caf") + 4])
print("\u20ac" in s, "\U0001f600 c" in s, s.strip("\u00e9"))
