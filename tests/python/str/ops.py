# in, comparisons, multiplication, concatenation, iteration
print("b" in "abc", "bc" in "abc", "" in "abc", "x" in "abc", "abc" in "abc", "abcd" in "abc")
print("abc" < "abd", "ab" < "abc", "b" > "abc", "A" < "a", "" < "a", "abc" == "abc", "abc" != "ABC")
print("abc" <= "abc", "abc" >= "abd", "Z" < "a", "10" < "9")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, repr("" * 5))
print("ab" + "cd", "" + "", "x" + "y" * 2)
s = "ab"
s += "cd"
s *= 2
print(s)
for ch in "hey":
    print(ch, end=",")
print()
print(list("abc"), tuple("xy"), sorted("cba"), len("hello"), len(""))
for f in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" < 1, lambda: 5 in "abc"):
    try:
        f()
    except TypeError:
        print("TypeError")
