match(x)
match (x)
match(x).y
match[x]
match[x]: int = 1
match[x] = 2
match(a, b)[c]
