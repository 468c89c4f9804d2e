values = {(yield) for _ in range(3)}
