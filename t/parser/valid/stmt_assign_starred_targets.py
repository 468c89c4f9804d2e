first, *rest = items
*init, last = items
a, *middle, z = items
[*everything] = items
(*everything,) = items
head, *(x, y) = items
