g = (x for x in y)
g = (x * y for x in a for y in b if x != y)
g = ((x, y) for x, y in pairs)
