evens = [x for x in values if x % 2 = 0]
