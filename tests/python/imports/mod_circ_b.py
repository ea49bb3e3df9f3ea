# helper: other half of the circular import
print("mod_circ_b: start")
import mod_circ_a
print("mod_circ_b: sees a_early =", mod_circ_a.a_early)
print("mod_circ_b: has a_late?", hasattr(mod_circ_a, "a_late"))
b_value = "b value"
print("mod_circ_b: end")
