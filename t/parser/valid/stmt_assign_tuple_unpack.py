a, b = b, a
(a, b), c = pairs, last
[a, b] = 1, 2
a, = singleton
[first, [second, third]] = data
