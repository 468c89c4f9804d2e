total = sum(1, x for x in values)
