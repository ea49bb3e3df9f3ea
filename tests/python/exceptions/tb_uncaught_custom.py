# traceback for an uncaught user-defined exception with several arguments
class ConfigError(Exception):
    pass

class Loader:
    def load(self, name):
        self.check(name)

    def check(self, name):
        if name.endswith(".bad"):
            raise ConfigError("bad file", name)

Loader().load("good.cfg")
print("first load ok")
Loader().load("x.bad")
