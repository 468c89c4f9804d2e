[x for row in matrix for x in row]
[(a, b) for a in range(3) for b in range(a) if a != b]
[c for a in x if a for b in a if b for c in b]
