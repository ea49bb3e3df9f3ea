# failing imports
try:
    import no_such_module_here
except ImportError as e:
    print("ImportError:", e)

try:
    from no_such_package.sub import x
except ImportError as e:
    print("ImportError:", e)

try:
    import pkg.no_such_sub
except ImportError as e:
    print("ImportError:", e)

try:
    from pkg import no_such_name
except ImportError as e:
    print("ImportError:", e)

print(issubclass(ImportError, Exception))
