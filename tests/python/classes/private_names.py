# names with two leading underscores inside a class
# (MicroPython does not implement name mangling)
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = "p"
    def balance(self):
        return self.__balance

acc = Account()
print(acc.balance(), acc._protected)
print(hasattr(acc, "__balance"), hasattr(acc, "_Account__balance"))
