# __name__ of the main script and of imported modules
print(__name__)
import mod_main_guard
print(mod_main_guard.__name__, mod_main_guard.run())
if __name__ == "__main__":
    print("running as main")
