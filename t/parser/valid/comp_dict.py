{k: v for k, v in pairs}
{x: x ** 2 for x in range(5)}
{key(v): [v] for v in values if v}
