(x for x in xs)
list(x for x in xs)
