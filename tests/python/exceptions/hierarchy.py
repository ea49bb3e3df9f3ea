# the builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ArithmeticError, Exception),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (ValueError, Exception),
    (UnicodeError, ValueError),
    (TypeError, Exception),
    (NameError, Exception),
    (AttributeError, Exception),
    (RuntimeError, Exception),
    (NotImplementedError, RuntimeError),
    (StopIteration, Exception),
    (OSError, Exception),
    (ImportError, Exception),
    (AssertionError, Exception),
    (MemoryError, Exception),
    (Exception, BaseException),
    (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException),
    (GeneratorExit, BaseException),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))

print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(KeyError, IndexError))

# catching via a base class
for exc in (ZeroDivisionError, KeyError, IndexError, ValueError):
    try:
        raise exc("x")
    except LookupError:
        print(exc.__name__, "caught as LookupError")
    except ArithmeticError:
        print(exc.__name__, "caught as ArithmeticError")
    except Exception:
        print(exc.__name__, "caught as Exception")
