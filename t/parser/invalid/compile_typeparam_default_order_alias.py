type Pair[A = int, B] = tuple[A, B]
