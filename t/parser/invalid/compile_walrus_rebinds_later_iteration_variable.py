pairs = [(y := 1) for x in range(2) for y in range(2)]
