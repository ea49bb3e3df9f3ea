# nested lists and aliasing
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[0][0] = 1
print(alias)
m = [[1, 2], [3, 4]]
print([row[1] for row in m], [x for row in m for x in row], list(zip(*m)))
deep = [1, [2, [3, [4, []]]]]
print(deep, deep[1][1][1][0], len(deep[1][1]))
c = m.copy()
c[0].append(9)
print(m)
