# str.join with various iterables
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]))
print(", ".join("abc"), "|".join(("p", "q")), "+".join(str(i) for i in range(5)))
print("ab".join(["1", "2", "3"]), " ".join({"k": 1}))
print(repr("\n".join(["line1", "line2", ""])))
for bad in ([1, 2], ["a", None], "x"):
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError")
