# relative imports inside packages
from pkg import sub
print(sub.describe())
from pkg.nested import deep
print(deep.where())
print(deep.sibling is sub.sibling)
