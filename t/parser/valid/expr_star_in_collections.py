combined = [*a, *b]
t = (*a, b)
s = {*a, *b}
merged = {**a, "b": 1, **c}
f(*a, *b, **c, **d)
print(*args, sep="")
single = *a,
