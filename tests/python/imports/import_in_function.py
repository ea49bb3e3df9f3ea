# import statements inside functions and classes bind local names
def use_mod():
    import mod_a
    return mod_a.value

print(use_mod())
print("mod_a" in globals())

class Holder:
    import mod_noall
    from mod_noall import visible as vis

print(Holder.mod_noall.visible, Holder.vis)

def conditional(flag):
    if flag:
        import mod_noall as m
    return m.also_visible
print(conditional(True))
try:
    conditional(False)
except NameError:
    print("NameError: import not executed")
