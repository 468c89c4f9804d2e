type = 5
print(type(x))
type(x)
type.x = 1
type: int = 1
type[x] = 1
type, other = 1, 2
isinstance(x, type)
