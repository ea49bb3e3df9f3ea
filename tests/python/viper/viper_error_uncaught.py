# an uncaught viper type error: the whole module fails to compile
print("never printed")


def ok():
    pass


@micropython.viper
def g():
    x = 1
    x = []
