[first, *a, *b] = items
