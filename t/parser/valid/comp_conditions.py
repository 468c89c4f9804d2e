[x for x in xs if x if x > 0]
[x for x in xs if not x]
[a if b else c for x in xs]
[x for x in xs if (a if b else c)]
