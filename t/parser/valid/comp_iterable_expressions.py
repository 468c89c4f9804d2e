[x for x in (a if b else c)]
[x for x in a or b]
[x for x in f(y)[0].z]
