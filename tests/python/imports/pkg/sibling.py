# helper submodule
print("loading pkg.sibling, __name__ =", __name__)
shared = "sibling shared"
