f(a if b else c, key=x if y else z)
[a if b else c for a in d]
