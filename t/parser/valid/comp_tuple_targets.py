{k: v for k, v in d.items()}
[a for (a, b) in c]
[a for [a, b] in c]
[rest for first, *rest in rows]
[x.attr for x.attr in []]
