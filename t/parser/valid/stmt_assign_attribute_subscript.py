obj.attr = 1
obj[0] = 2
obj.a.b[1][2].c = 3
obj[1:2] = []
obj[i, j] = value
obj[...] = value
