# repr of tuples
print((), (1,), (1, 2), ((),), ((1,),), ("a", b"b", None), (1.5, -0.0, True))
print(repr((1, "x")), str(("y",)), [(1, 2)], {(1, 2): (3,)})
print(tuple([[]]), (((1, 2), 3), 4))
