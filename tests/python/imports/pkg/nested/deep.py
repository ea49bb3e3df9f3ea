# helper module importing from the parent package with ..
print("loading pkg.nested.deep, __name__ =", __name__)
from .. import sibling
from ..sibling import shared
from . import helper_in_nested

def where():
    return "deep: " + shared + " / " + helper_in_nested.NAME
