for a, b in pairs:
    pass
for a, (b, c) in nested:
    pass
for [a, b] in pairs:
    pass
for obj.attr in values:
    pass
for table[0] in values:
    pass
for first, *rest in rows:
    pass
for (x) in values:
    pass
