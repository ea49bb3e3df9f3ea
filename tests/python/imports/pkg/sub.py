# helper submodule using relative imports
print("loading pkg.sub, __name__ =", __name__)
from . import sibling
from .sibling import shared as sibling_shared
from . import pkg_level

def describe():
    return "sub sees %s and %s; %s" % (sibling.shared, sibling_shared, pkg_level)
