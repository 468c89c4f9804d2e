pair: tuple[int, int] = 1, 2
spread: tuple = *left, *right
