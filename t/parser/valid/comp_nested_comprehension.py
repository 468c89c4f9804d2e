[[j for j in i] for i in x]
{k: [v for v in vs] for k, vs in groups}
[(y for y in x) for x in xs]
