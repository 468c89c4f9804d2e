values = [x for x]
