# helper package
print("loading pkg, __name__ =", __name__)
pkg_level = "defined in pkg/__init__"
