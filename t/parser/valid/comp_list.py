[x for x in xs]
[x * 2 for x in range(10)]
