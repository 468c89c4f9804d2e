squares = [x for 1 in range(3)]
