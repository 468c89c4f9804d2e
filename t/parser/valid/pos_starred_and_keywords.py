f(*args, * spaced, ** kwargs)
[*a, * b]
