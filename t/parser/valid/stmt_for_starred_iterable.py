for x in *a, *b:
    pass
for x in 1, 2, 3:
    pass
for x in *rest,:
    pass
