# circular imports: the partially initialised module is visible
import mod_circ_a
print("main: a_late =", mod_circ_a.a_late)
import mod_circ_b
print("main:", mod_circ_b.b_value)
