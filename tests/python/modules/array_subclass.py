# array: subclassing array.array
import array


class Vec(array.array):
    def total(self):
        return sum(self)


v = Vec("i", [1, 2, 3])
print(v, v.total(), len(v), v[1], type(v).__name__, isinstance(v, array.array))
v.append(4)
v.extend([5])
print(v, v.total(), v[1:3], type(v[1:3]).__name__)
v[0] = 10
print(v, bytes(v)[:4], list(memoryview(v)))
print(v == array.array("i", [10, 2, 3, 4, 5]))


class Tagged(array.array):
    pass


t = Tagged("B", b"hi")
t.tag = "x"
print(t, t.tag, bytes(t))
print(type(array.array), array.array.__name__)
