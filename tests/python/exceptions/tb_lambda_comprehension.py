# traceback through a lambda and a list comprehension
data = [1, 2, 0, 4]
inv = lambda v: 100 // v
print([inv(v) for v in data[:2]])
result = [inv(v) for v in data]
