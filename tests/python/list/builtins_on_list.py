# builtins applied to lists
l = [3, -1, 4, 1, -5]
print(len(l), sum(l), max(l), min(l), sorted(l), list(reversed(l)), any(l), all(l))
print(max(l, key=abs), min(l, key=abs), sum(l, 10), all([]), any([]), all([1, 0]))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(map(lambda x: x * 2, l)))
print(l.__len__() if hasattr(l, "__len__") else len(l), bool([]), bool([0]))
print(enumerate(l).__class__.__name__, [i for i, _ in enumerate(l, 1)])
