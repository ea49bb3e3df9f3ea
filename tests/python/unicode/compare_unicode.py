# comparison and sorting of non-ASCII strings by code point
print("\u00e9" > "z", "\U0001f600" > "\uffff", "\uffff" > "\u00e9", "a\U0001f600" < "a\U0001f601")
print(sorted(["\U0001f600", "\uffff", "z", "\u00e9", "A"]) == ["A", "z", "\u00e9", "\uffff", "\U0001f600"])
print("\u00e9" == "\u00e9", "\u00e9" == "e\u0301", hash("\u00e9") == hash("\u00e9"))
d = {"\U0001f600": 1, "\u00e9": 2}
print(d["\U0001f600"], d["\u00e9"], "\U0001f600" in d)
