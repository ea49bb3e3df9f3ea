# helper: half of a circular import (a imports b, b imports a)
print("mod_circ_a: start")
a_early = "a early"
import mod_circ_b
print("mod_circ_a: mod_circ_b.b_value =", mod_circ_b.b_value)
a_late = "a late"
print("mod_circ_a: end")
