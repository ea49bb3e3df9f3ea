# sys attributes: argv, path, implementation, byteorder, maxsize, version
import sys
print(type(sys.argv).__name__, type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.implementation.name, type(sys.implementation.version).__name__, len(sys.implementation.version) >= 3)
print(sys.byteorder, sys.maxsize > 2**30, (sys.maxsize + 1) & sys.maxsize == 0, type(sys.maxsize).__name__)
print(sys.version_info[0], sys.version_info[:2] >= (3, 4), type(sys.version).__name__, sys.version.startswith("3."))
print(type(sys.platform).__name__, type(sys.modules).__name__)
sys.path.append("/extra")
print(sys.path[-1])
sys.path.pop()
