# helper nested package
print("loading pkg.nested, __name__ =", __name__)
