print("this line is never run: the whole file fails to compile")
x = 1
if x
    print(x)
