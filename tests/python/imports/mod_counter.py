# helper module that announces each execution of its body
print("executing mod_counter")
state = []
