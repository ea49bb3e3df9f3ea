# repr of dicts (single key, so order is not involved) and nested values
print({}, {"a": 1}, {1: "b"}, {(1, 2): None}, {"k": [1, {"n": ()}]})
print(repr({"q": "'"}), str({b"x": 1.5}), [{}], ({"a": True},))
class K:
    def __repr__(self):
        return "K()"
print({K(): K()}.__class__.__name__, list({"k": K()}.values()))
