# importing packages and submodules
import pkg
print(pkg.pkg_level, pkg.__name__)
import pkg.sibling
print(pkg.sibling.shared)
from pkg import sibling
print(sibling is pkg.sibling)
from pkg.sibling import shared
print(shared)
import pkg.nested.helper_in_nested as h
print(h.NAME)
print(hasattr(pkg, "nested"), hasattr(pkg.nested, "helper_in_nested"))
